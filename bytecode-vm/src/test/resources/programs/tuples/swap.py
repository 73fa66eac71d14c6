a, b = 1, 2
a, b = b, a
(a, b)
x, y, z = "xyz"
x, y, z = z, x, y
(x, y, z)
