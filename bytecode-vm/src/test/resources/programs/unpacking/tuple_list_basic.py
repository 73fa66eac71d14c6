a, b = 1, 2
(a, b)
[c, d] = (3, 4)
(c, d)
x, y, z = range(3)
(x, y, z)
p, q = "hi"
(p, q)
