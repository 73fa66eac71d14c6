sq = lambda x: x * x
sq(7)
add = lambda a, b=10: a + b
add(1)
add(1, 2)
(lambda *a: len(a))(1, 2, 3)
(lambda: "no args")()
list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)]))
