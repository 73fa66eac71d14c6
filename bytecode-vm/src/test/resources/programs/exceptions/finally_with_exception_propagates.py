def f():
    try:
        raise ValueError("inner")
    finally:
        side = "ran"
def g():
    try:
        f()
    except ValueError as e:
        return "propagated: " + str(e)
g()
def k():
    try:
        return g()
    finally:
        pass
k()
