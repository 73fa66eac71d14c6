def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
g = naturals(5)
next(g)
next(g)
[next(g) for _ in range(3)]
list(zip("abc", naturals()))
