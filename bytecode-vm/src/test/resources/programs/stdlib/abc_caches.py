# ABCMeta as CPython's: register(), the hook, and its caches (a class changed after a check answers as before).
import abc
from collections.abc import Iterable, Mapping, Sequence, Hashable, Sized
class M(metaclass=abc.ABCMeta):
    pass
class X: pass
print(issubclass(X, M), isinstance(X(), M))
M.register(X)
print(issubclass(X, M), isinstance(X(), M), abc.get_cache_token() > 0)
class A: pass
print(isinstance(A(), Iterable))
A.__iter__ = lambda self: iter(())
print(isinstance(A(), Iterable), issubclass(A, Iterable))
class B: pass
B.__iter__ = lambda self: iter(())
print(isinstance(B(), Iterable))
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance("s", Hashable), issubclass(list, Sized))
try:
    M.register(3)
except TypeError as e:
    print(e)
