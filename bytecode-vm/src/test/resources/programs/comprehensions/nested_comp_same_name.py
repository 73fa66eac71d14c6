[[x for x in range(x)] for x in range(4)]
[x for x in [x for x in range(3)]]
[[x * y for y in range(x)] for x in range(1, 4)]
[x for x in range(5) for x in [x * 10]]
sum(x for x in range(4) for x in range(x))
