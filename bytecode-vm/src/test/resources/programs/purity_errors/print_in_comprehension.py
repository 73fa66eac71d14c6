# expect: PurityError at 2:12 print
squares = [print(n) for n in range(4)]
