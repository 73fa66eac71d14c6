# the metaclass of a class is the most derived of the one given and its bases' (CPython's _PyType_CalculateMetaclass), and unrelated ones conflict
class M1(type): pass
class M2(M1): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
class A3(A1, A2): pass
print(type(A3).__name__)
class A4(A1, metaclass=type): pass
print(type(A4).__name__)
class N2(type): pass
class B2(metaclass=N2): pass
try:
    class Bad(A1, B2): pass
    print("no conflict detected", type(Bad).__name__)
except TypeError as e:
    print("TE", e)
class P: pass
class A5(P, A2): pass
print(type(A5).__name__, type(P).__name__)
from abc import ABC, ABCMeta
class Mixed(ABC, P): pass
print(type(Mixed).__name__)
try:
    class Bad2(ABC, A1): pass
except TypeError as e:
    print("TE2", e)
class MM(ABCMeta, M1): pass
class Ok(ABC, A1, metaclass=MM): pass
print(type(Ok).__name__)
class Verbose(type):
    def __new__(m, name, bases, ns):
        print("Verbose.__new__", name)
        return super().__new__(m, name, bases, ns)
class V(metaclass=Verbose): pass
class W(V): pass
print(type(W).__name__)
