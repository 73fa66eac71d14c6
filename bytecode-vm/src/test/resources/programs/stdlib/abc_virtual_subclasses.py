# collections.abc and abc: builtin types are virtual subclasses, register() adds more, and the
# one-method ABCs recognise classes by their methods (__subclasshook__).
from collections import abc
from abc import ABC, ABCMeta, abstractmethod

values = [{}, [], (), 'x', b'x', bytearray(), set(), frozenset(), range(3), {}.keys(), {}.items(), {}.values(), iter([]), (x for x in []), len, 1, 2.5, None]
for cls in [abc.Iterable, abc.Iterator, abc.Sized, abc.Container, abc.Collection, abc.Hashable, abc.Callable,
            abc.Sequence, abc.MutableSequence, abc.Mapping, abc.MutableMapping, abc.Set, abc.MutableSet, abc.Reversible, abc.Generator]:
    print(cls.__name__, [type(v).__name__ for v in values if isinstance(v, cls)])

print(issubclass(dict, abc.Mapping), issubclass(list, abc.Hashable), issubclass(tuple, abc.Hashable), issubclass(int, abc.Sequence))

class Bag:
    def __init__(self): self.items = [1, 2]
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items

print(isinstance(Bag(), abc.Sized), isinstance(Bag(), abc.Collection), isinstance(Bag(), abc.Sequence), isinstance(Bag(), abc.Hashable))

class NoHash:
    __hash__ = None

print(isinstance(NoHash(), abc.Hashable), isinstance(object(), abc.Hashable))

class Shape(ABC):
    @abstractmethod
    def area(self): ...

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2

class Circle:
    def area(self): return 3

Shape.register(Circle)
print(isinstance(Square(2), Shape), isinstance(Circle(), Shape), issubclass(Circle, Shape), isinstance(1, Shape), Square(3).area())
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)

class Meta(ABCMeta):
    pass

class Base(metaclass=Meta):
    pass

Base.register(int)
print(isinstance(5, Base), type(Base).__name__)
