# expect: PurityError at 2:18 print
show = lambda v: print(v) or v
[show(i) for i in range(3)]
