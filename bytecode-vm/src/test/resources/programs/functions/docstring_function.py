def f(x):
    """Doubles x."""
    return x * 2
f(4)
f.__doc__
def g():
    "single line"
g.__doc__
g()
