# lru_cache keys a lone exact int or str argument by itself (f(1) and f(1.0) are two entries,
# f(1.0) and f(True) one), as CPython; typing.Union equals the X | Y form.
from functools import lru_cache
from typing import Optional, Union


@lru_cache(maxsize=4)
def f(x):
    print("miss", repr(x))
    return x


print(f(1), f(1.0), f(True), f("a"), f(1), f(2 ** 70), f(2.0 ** 70))
print(f.cache_info())


@lru_cache(maxsize=None)
def g(x, y=0):
    print("miss", x, y)
    return x + y


print(g(1), g(1, y=0), g(x=1), g(1))
print(g.cache_info())
print((int | None) == Optional[int], Union[int, str] == (int | str), (int | str) == Union[str, int], Union[int, str] == (int | float))
