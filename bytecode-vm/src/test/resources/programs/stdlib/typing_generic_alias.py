# Subscripted generic classes (Stack[int]) and string annotations with subscripts, as CPython gives them.
from typing import get_type_hints, Optional, Dict, List, Callable, Union, Generic, TypeVar, Protocol
T = TypeVar('T')
K = TypeVar('K')


class Node:
    pass


def f(x: "int", y: "list[str]", z: "Optional['Node']", w: "Dict[str, List[int]]", v: "int | None",
      c: "Callable[[int, str], bool]", t: "tuple[int, ...]", u: "Union[int, str]") -> "dict[str, Node]":
    pass


for k, v in get_type_hints(f).items():
    print(k, v)


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, x: T) -> None:
        self.items.append(x)


class Pair(Generic[K, T]):
    pass


s = Stack[int]()
s.push(3)
print(Stack[int], Stack.__parameters__, Pair.__parameters__, Pair[str, int], Stack[int].__args__, Stack[int].__origin__)
print(s.items, type(s).__name__, Stack[int] == Stack[int], Stack[int] == Stack[str])


class IntStack(Stack[int]):
    pass


print(IntStack.__mro__[1].__name__, IntStack.__parameters__, IntStack().items)
print(Generic[T], Pair[str, T][int])


class Proto(Protocol[T]):
    def get(self) -> T:
        ...


print(Proto.__parameters__, Proto[int])


# PEP 560: a base with __mro_entries__ stands for the classes it gives
class A:
    pass


class Alias:
    def __mro_entries__(self, bases):
        return (A,)


class B(Alias()):
    pass


class L(list[int]):
    pass


print(B.__mro__, type(B.__orig_bases__[0]).__name__, L.__mro__, L.__orig_bases__, L([1, 2]), '__orig_bases__' in A.__dict__)
print(sorted(k for k in f.__globals__ if k in ('f', 'Node', 'T')))
try:
    isinstance(s, Stack[int])
except TypeError as e:
    print("TypeError:", e)
