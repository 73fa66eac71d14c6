a = b = (1, 2)
x, y = z = (3, 4)
(a, b, x, y, z)
i = j = 0
(i, j)
