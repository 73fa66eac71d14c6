def f():
    try:
        return "try"
    finally:
        return "finally"
f()
def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
g()
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
h()
