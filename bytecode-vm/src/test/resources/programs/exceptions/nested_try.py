def f(a, b):
    try:
        try:
            return a / b
        except TypeError:
            return "inner TypeError"
        finally:
            pass
    except ZeroDivisionError:
        return "outer ZeroDivisionError"
f(1, 2)
f(1, 0)
f(1, "x")
