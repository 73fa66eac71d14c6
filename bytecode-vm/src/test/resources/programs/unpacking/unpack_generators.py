a, b, c = (x * x for x in range(3))
(a, b, c)
first, *rest = (str(i) for i in range(4))
(first, rest)
x, y = map(int, "3 4".split())
x * y
