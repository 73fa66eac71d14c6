origin = (0, 0)
start = (0.0, 0.0)
start
(False, 0)
(0, 0)
def f():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e
try:
    f()
except UnboundLocalError as ex:
    msg = str(ex)
msg
def g():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return repr(e.__context__)
g()
class Outer:
    class Inner:
        pass
def make():
    class Local:
        pass
    return Local
Outer.Inner.__qualname__
make().__qualname__
repr(Outer.Inner)
if True:
    5
