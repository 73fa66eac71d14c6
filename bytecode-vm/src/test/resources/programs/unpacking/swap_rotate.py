a, b, c = 1, 2, 3
a, b = b, a
(a, b, c)
a, b, c = c, a, b
(a, b, c)
v = [1, 2]
v = [v[1], v[0]]
v
