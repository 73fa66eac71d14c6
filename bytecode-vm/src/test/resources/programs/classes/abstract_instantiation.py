# A class with abstract methods left cannot be instantiated, whether its metaclass is ABCMeta, a
# subclass of it, or __abstractmethods__ is set by hand; ABC and numbers as before.
from abc import ABCMeta, ABC, abstractmethod
import numbers
class A(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
    @abstractmethod
    def g(self): pass
class B(A):
    def f(self): return 1
class C(B):
    def g(self): return 2
for k in (A, B, C):
    try: print(k.__name__, type(k()).__name__)
    except TypeError as e: print("TE:", e)
class D:
    pass
D.__abstractmethods__ = frozenset({'zz'})
try: D()
except TypeError as e: print("TE:", e)
D.__abstractmethods__ = frozenset()
print(type(D()).__name__)
class E(ABC):
    @abstractmethod
    def h(self): ...
    def __init__(self, x): self.x = x
try: E(1)
except TypeError as e: print("TE:", e)
class F(E):
    def h(self): return self.x
print(F(5).h())
class N(numbers.Number): pass
print(type(N()).__name__)
class Meta2(ABCMeta): pass
class G(metaclass=Meta2):
    @abstractmethod
    def k(self): pass
try: G()
except TypeError as e: print("TE:", e)
try: object.__new__(A)
except TypeError as e: print("TE:", e)
