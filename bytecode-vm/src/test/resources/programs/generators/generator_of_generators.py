def rows(n):
    for i in range(n):
        yield (j for j in range(i))
[list(r) for r in rows(4)]
[sum(r) for r in rows(6)]
