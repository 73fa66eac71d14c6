import functools, dataclasses, abc
from dataclasses import dataclass, fields, field
it = iter({1: 2}); print(type(it).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__)
def power(b, exp): return b ** exp
sq = functools.partial(power, exp=2)
print(sq(7), sq.func is power, sq.args, sq.keywords, list(map(sq, range(4))))
p2 = functools.partial(sq, 3)
print(p2(), p2.args, p2.keywords)
class C:
    def m(self, a, b): return (a, b)
    pm = functools.partialmethod(m, 1)
print(C().pm(2))
@dataclass
class V:
    x: int
    y: "float" = 0.0
    z: list = field(default_factory=list, metadata={"u": 1})
print([f.type for f in fields(V)], fields(V)[2].metadata["u"])
class S(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @abc.abstractmethod
    def perim(self): ...
class Q(S):
    def area(self): return 1
print(sorted(S.__abstractmethods__), sorted(Q.__abstractmethods__))
print((7).__pow__(2, 5), (7).__pow__(2))
def mk():
    y = 5
    def g(): return y
    return g
print(mk().__closure__[0].cell_contents, (lambda: 0).__closure__)
class A:
    @property
    def b(self):
        "The b"
        return 1
print(A.b.__doc__, A.b.fset)
class Bits(int):
    def __str__(self): return bin(self)
b = Bits(10)
print(f"{b}", format(b), "{}".format(b), f"{b:d}")
print(complex(0, -0.0), complex(1j, 1j), complex(1, 2))
try:
    from json import nosuch
except ImportError as e:
    print("ImportError", e.__class__.__name__)
from json import dumps as dd, loads
print(dd([1]), loads("[2]"))
x = 1
print("x" in dir(), dir(A)[-1], [n for n in dir(A()) if not n.startswith("_")])
class B:
    def __init__(self): self.q = 1; self.a = 2
print([n for n in dir(B()) if not n.startswith("_")])
class A1: pass
class B1(A1): pass
try:
    class Z(A1, B1): pass
except TypeError as e:
    print(e)
