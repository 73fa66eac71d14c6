# repr() and str() answer what a class's __repr__/__str__ returned, a str subclass's instance too.
class StrRet(str):
    pass
class R:
    def __repr__(self): return StrRet("sub")
    def __str__(self): return StrRet("substr")
print(repr(R()), str(R()), type(repr(R())).__name__, type(str(R())).__name__, [R()], f"{R()!r}")
class Bad:
    def __repr__(self): return 5
    def __str__(self): return 6
for f in (lambda: repr(Bad()), lambda: str(Bad())):
    try:
        f()
    except TypeError as e:
        print(e)
class S(str):
    def __str__(self): return "own"
print(str(S("x")), type(str(S("x"))).__name__, repr(S("x")))
