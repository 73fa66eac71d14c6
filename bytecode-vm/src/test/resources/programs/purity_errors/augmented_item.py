# expect: PurityError at 3:1 item
v = [1, 2, 3]
v[0] += 1
v
