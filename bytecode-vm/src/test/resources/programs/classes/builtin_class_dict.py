print("__len__" in list.__dict__, "__add__" in int.__dict__, "__iter__" in vars(dict), "__len__" in int.__dict__)
from abc import ABC
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
print(issubclass(list, Sized2), issubclass(int, Sized2), isinstance("abc", Sized2))
print(sorted(k for k in list.__dict__ if not k.startswith('_')))
