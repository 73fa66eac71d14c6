class X: pass
class Y(X): pass
def make():
    try:
        class Z(X, Y):
            pass
        return "ok"
    except TypeError as e:
        return "TypeError"
make()
class W(Y, X): pass
[c.__name__ for c in W.__mro__]
