def ok():
    try:
        return [7][0]
    except IndexError:
        raise ValueError("not raised")
ok()
def f():
    try:
        return [][0]
    except IndexError:
        raise ValueError("converted")
f()
