def f(a, *, b, c=3):
    return (a, b, c)
f(1, b=2)
f(1, c=5, b=0)
def g(*, x):
    return x * 2
g(x=21)
def bad():
    try:
        return f(1, 2)
    except TypeError as e:
        return str(e)
bad()
