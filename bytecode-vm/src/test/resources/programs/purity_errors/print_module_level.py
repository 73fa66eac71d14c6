# expect: PurityError at 3:1 print
x = 1 + 2
print(x)
x * 2
