def f(x=None):
    return "none" if x is None else f"got {x}"
f()
f(0)
f("")
x = None
x is None
x is not None
[v is None for v in (None, 0, False, [])]
