def g():
    yield 1
    return 42
it = g()
next(it)
def grab():
    try:
        next(it)
    except StopIteration as e:
        return ("stopped", e.value, e.args)
grab()
next(it, "exhausted")
