def gen():
    yield "only"
g = gen()
next(g)
next(g)
