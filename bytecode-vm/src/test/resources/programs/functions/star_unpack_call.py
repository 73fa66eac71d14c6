def f(a, b, c):
    return a * 100 + b * 10 + c
f(*[1, 2, 3])
f(1, *(2, 3))
f(*"12", 3) if False else f(*range(3))
f(**{"c": 1, "b": 2, "a": 3})
f(1, **{"c": 3, "b": 2})
