v = [2, 4, 6, 7]
all(x % 2 == 0 for x in v)
any(x % 2 for x in v)
all([])
any([])
[all(r) for r in ([1, 1], [1, 0], [])]
