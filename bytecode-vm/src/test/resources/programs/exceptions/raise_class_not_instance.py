def f():
    try:
        raise ValueError
    except ValueError as e:
        return (type(e).__name__, e.args, str(e))
f()
def g():
    try:
        raise KeyError
    except LookupError as e:
        return repr(e)
g()
