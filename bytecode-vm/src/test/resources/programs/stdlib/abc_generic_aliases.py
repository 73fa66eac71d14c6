# The generic ABCs of collections.abc subscript as CPython's (Iterable[str], Callable[[int], str]);
# object.__str__ of a builtin value is its repr; functools.partial's doc.
from collections.abc import Iterable, Callable, Mapping, Sequence, Generator
from typing import get_args
print(Iterable[str], Callable[[int], str], Callable[..., int], Mapping[str, int], Sequence[int].__origin__, get_args(Mapping[str, int]))
print(Callable[[int, str], None].__args__, Generator[int, None, None])
def f(xs: Iterable[int]) -> Callable[[int], int]:
    return lambda x: x
print(f.__annotations__)
class MyIt(Iterable[int]):
    def __iter__(self): return iter([1, 2])
print(list(MyIt()), isinstance(MyIt(), Iterable))
print(object.__str__("wallet"), object.__str__(3), object.__str__([1]))
import functools
print(repr(functools.partial(print).__doc__))
