def f(a, b, *rest, **kw):
    return (a, b, rest, kw)
args = (1, 2, 3)
kw = {"x": 9}
f(*args, **kw)
f(*"ab")
f(0, *[1, 2, 3], y=2, **kw)
