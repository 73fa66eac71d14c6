# everyday Python: dataclasses, enums, flags, total_ordering, cached_property, itertools, contextmanager, NamedTuple, match, f-strings, number formatting
from dataclasses import dataclass, field, asdict, replace
from enum import Enum, auto, IntEnum, Flag
from functools import total_ordering, reduce, partial, lru_cache
from itertools import groupby, accumulate, product, permutations, combinations, chain, islice, count, cycle, starmap, zip_longest, pairwise
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict
from contextlib import contextmanager, suppress
from typing import NamedTuple, Optional, List, Dict
import operator, string, textwrap, statistics, math, bisect, heapq

@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = P(1, 2)
print(p, asdict(p), replace(p, y=5), P(1, 1) < P(1, 2))

class Color(Enum):
    RED = auto()
    GREEN = auto()
print(Color.RED, Color(2), list(Color), Color.RED.name, Color["GREEN"].value)

class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, (Perm.R | Perm.W) & Perm.W, Perm.R in (Perm.R | Perm.X))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) >= V(2), sorted([V(3), V(1)], key=lambda v: v.v)[0].v)

from functools import cached_property
class C:
    @cached_property
    def heavy(self):
        print("computing")
        return 42
c = C(); print(c.heavy, c.heavy)

print([(k, list(g)) for k, g in groupby("aabbbc")])
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(pairwise([1, 2, 3])))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(islice(cycle("ab"), 5)))

@contextmanager
def tag(name):
    print("<" + name + ">")
    yield name
    print("</" + name + ">")
with tag("b") as t:
    print("inside", t)
with suppress(KeyError):
    {}["x"]

class Pt(NamedTuple):
    x: float
    y: float = 0.0
print(Pt(1.5), Pt(1, 2)._asdict(), Pt._fields)

match {"kind": "circle", "r": 2}:
    case {"kind": "circle", "r": r} if r > 1:
        print("big circle", r)
    case _:
        print("other")

match [1, 2, 3]:
    case [first, *rest]:
        print(first, rest)

x = 10
print(f"{x=}", f"{x!r:>5}", f"{3.14159:.2f}", f"{1234567:,}", f"{255:#x}")
if (n := len("hello")) > 3:
    print(n)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]))
print(textwrap.fill("the quick brown fox jumps over the lazy dog " * 3, width=30))
print(string.ascii_lowercase[:5], "{a}-{b}".format_map({"a": 1, "b": 2}))
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(dict(d), Counter("mississippi").most_common(2))
print(sorted({3: "c", 1: "a"}.items()), divmod(-7, 2), round(2.675, 2), round(0.5), round(1.5))
print(int("ff", 16), bin(10), oct(8), hex(255), chr(9731), ord("☃"), "ß".upper(), "ǅ".lower())
print("%5.2f|%-5d|%s|%r" % (3.14159, 42, "s", "r"))
print(sorted(["b", "A", "c"], key=str.lower), max([], default=None), min(3, 1, 2))
print(list(map(lambda t: t[0] * t[1], zip([1, 2], [3, 4]))), any(x > 2 for x in [1, 3]))
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3]))
print(bytes([65, 66]).decode(), "abc".encode(), bytearray(b"xy"), memoryview(b"ab")[0])
s = {1, 2, 3}; s -= {2}; print(s, frozenset([1]) | {2})
print(isinstance(True, int), type(1) is int, issubclass(bool, int), callable(len))
print(str(1e16), repr(1.1), 1/3, 2**0.5, 10**20, -2**63, 7//-2, -7%3, 1e308*10)
