# object.__init__'s and object.__new__'s argument errors as CPython words them; bool's __index__; a staticmethod object is callable
class N: pass
class I:
    def __init__(self): pass
class W:
    def __new__(cls, *a): return super().__new__(cls)
for f in [lambda: object().__init__(5), lambda: N().__init__(5), lambda: N(5), lambda: I().__init__(5) if False else object.__init__(I(), 5), lambda: type(W(5)).__name__, lambda: object.__init__(W(), 5), lambda: object(1)]:
    try: print(f())
    except TypeError as e: print(e)
import operator
print(int.__index__(True), True.__index__(), operator.index(True), int.__int__(True), True.__int__())
class S:
    @staticmethod
    def s(x): return x
print(callable(S.__dict__["s"]), callable(S.__dict__.get("t", classmethod(len))))
