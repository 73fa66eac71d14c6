r = range(3, 30, 4)
len(r)
r[0]
r[-1]
r[3]
len(range(10, 0, -3))
len(range(0, -10))
