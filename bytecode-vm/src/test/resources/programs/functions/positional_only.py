def f(a, b, /, c, *, d):
    return a + b + c + d
f(1, 2, 3, d=4)
f(1, 2, c=3, d=4)
def g(x, /):
    return x
g(5)
def bad():
    try:
        return g(x=5)
    except TypeError as e:
        return "TypeError"
bad()
