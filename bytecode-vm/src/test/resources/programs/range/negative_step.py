list(range(5, -5, -2))
list(range(-1, -10, -4))
len(range(5, -5, -2))
range(5, -5, -2)[-1]
list(range(0, -1, -1))
range(10, 0, -2)[1:3]
