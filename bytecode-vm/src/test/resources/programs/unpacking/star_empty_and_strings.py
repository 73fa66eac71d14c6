*a, b = "x"
(a, b)
a, *b = "xyz"
(a, b)
h, *m, t = range(10)
(h, m, t)
