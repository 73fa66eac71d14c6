# A property without a getter raises CPython's AttributeError when read; property.__get__ binds.
class X:
    p = property(None, lambda self, v: setattr(self, "_p", v))

    @property
    def q(self):
        return 42


x = X()
try:
    x.p
except AttributeError as e:
    print("AttributeError:", e)
x.p = 5
print(x._p, getattr(x, "p", "default"), hasattr(x, "p"))
print(X.q.__get__(x), X.q.__get__(None, X) is X.q, X.q.__get__(x, X))
print(X.p.fget, X.p.fset is not None, X.q.fset)
