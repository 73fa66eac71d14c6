x = 10
g = (x + i for i in range(3))
list(g)
i = "outer"
list(i for i in range(2))
i
[y for y in (z * 2 for z in range(3))]
