def gen():
    yield 1
    yield 2
    yield 3
list(gen())
sum(gen())
g = gen()
next(g)
next(g)
next(g)
next(g, "done")
