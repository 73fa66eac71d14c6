def f():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e:
            return (str(e), str(e.__context__))
f()
def g():
    try:
        raise KeyError("a")
    except KeyError as e:
        return repr(e)
g()
