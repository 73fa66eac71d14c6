def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
def g():
    try:
        f()
    except KeyError as e:
        return (repr(e), type(e.__context__).__name__, e.__cause__)
g()
def h():
    try:
        raise ValueError("alone")
    except ValueError as e:
        return (e.__context__, e.__cause__)
h()
