def g():
    yield 1
type(g()).__name__
bool(g())
type(x for x in "")
type(g).__name__
