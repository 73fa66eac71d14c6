a, b, c = [1, 2, 3]
(a, b, c)
first, *rest = [10, 20, 30, 40]
(first, rest)
*init, last = [1, 2, 3]
(init, last)
[x, [y, z]] = [1, [2, 3]]
(x, y, z)
