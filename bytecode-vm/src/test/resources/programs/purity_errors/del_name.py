# expect: PurityError at 4:1 del
x = [1, 2, 3]
y = len(x)
del x
y
