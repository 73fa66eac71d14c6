def f():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None
def g():
    try:
        f()
    except ValueError as e:
        return (e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
g()
def h():
    try:
        g()
        return "no error"
    finally:
        pass
h()
