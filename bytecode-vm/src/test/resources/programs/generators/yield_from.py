def inner():
    yield 1
    yield 2
    return "inner-done"
def outer():
    r = yield from inner()
    yield r
    yield from range(3)
    yield from "ab"
list(outer())
g = outer()
next(g)
next(g)
next(g)
len(list(g))
