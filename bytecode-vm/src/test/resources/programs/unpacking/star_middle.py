a, *b, c = [1, 2, 3, 4, 5]
(a, b, c)
a, *b, c = [1, 2]
(a, b, c)
*a, = (7, 8)
a
first, *rest = "hello"
(first, rest)
