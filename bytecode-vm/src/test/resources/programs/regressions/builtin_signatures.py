"""Calls of builtins as a test suite makes them: wrong argument counts, unbound special methods, unused imports."""
import time, os, socket
from time import perf_counter

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for f in [lambda: [1, 2].__getitem__(3, 4), lambda: [].clear(1), lambda: (1).__add__(), lambda: [1].copy(1),
          lambda: {1: 2}.keys(1), lambda: (5).bit_length(1), lambda: range(5).count(1, 2), lambda: range(5).index(),
          lambda: {1}.isdisjoint(), lambda: [].pop(1, 2), lambda: [].insert(1), lambda: {}.get(), lambda: (2.5).hex(1),
          lambda: b"ab".decode("utf-8", "strict", 3), lambda: [].append(), lambda: ().index(), lambda: {1}.add(),
          lambda: (1).__neg__(1), lambda: (12).__format__(), lambda: (12).__format__("b"), lambda: [1].__len__(1),
          lambda: hex(), lambda: callable(), lambda: hex(3, 3), lambda: format(3, 3), lambda: round(), lambda: sum(),
          lambda: getattr(1), lambda: max(), lambda: len([], 1), lambda: divmod(1), lambda: round(number=2.5),
          lambda: int.__add__(1, 2), lambda: list.__getitem__([1, 2], 0), lambda: list(map(int.__neg__, [1, 2])),
          lambda: int.__hash__(5), lambda: dict(dict), lambda: hash(""), lambda: hash(b"")]:
    show(f)

class NotIter:
    pass

try:
    a, b = NotIter()
except TypeError as e:
    print(e)

class Lst(list):
    def __repr__(self):
        return "Lst" + list.__repr__(self)

print(Lst([1, 2]), __doc__, __debug__, os.__name__)
print({10, 100, 1000, 8, 33, 65, 1 << 40, -1, -2}, {2 ** 70, -1, -2, 7})
for f in [lambda: (12).__radd__("b"), lambda: (12).__eq__(2.0), lambda: (2.0).__eq__(2), lambda: (3).__mul__("ab"),
          lambda: "ab".__mul__(3), lambda: [1].__add__((2,)), lambda: (1).__truediv__(0), lambda: (7).__floordiv__(2)]:
    show(f)
