pt = ((1, 2), (3, 4))
(a, b), (c, d) = pt
(a, b, c, d)
[(x + y) for x, y in pt]
for (x, y) in pt:
    x * y
