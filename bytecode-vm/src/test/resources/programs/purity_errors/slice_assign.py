# expect: PurityError at 3:1 slice
v = [1, 2, 3, 4]
v[1:2] = []
v
