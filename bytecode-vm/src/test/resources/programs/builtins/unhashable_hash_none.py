# The mutable containers' __hash__ is None (hash() of them is a TypeError); a subclass that
# defines __hash__ is hashable again.
from collections.abc import Hashable
print(list.__hash__ is None, [].__hash__ is None, {}.__hash__ is None, set().__hash__ is None,
      bytearray.__hash__ is None, frozenset().__hash__ is None, tuple.__hash__ is None)
for v in ([1], {1: 2}, {1}, bytearray(b'x')):
    try:
        hash(v)
    except TypeError as e:
        print('TypeError:', e)
    try:
        v.__hash__()
    except TypeError as e:
        print('TypeError:', e)
    print(isinstance(v, Hashable))
class L(list):
    pass
class H(list):
    def __hash__(self):
        return 7
try:
    hash(L())
except TypeError as e:
    print('TypeError:', e)
print(hash(H()), isinstance(H(), Hashable), isinstance(L(), Hashable), hash((1, 2)) == hash((1, 2)))
print(hash(frozenset({1})) == hash(frozenset({1})), {frozenset({1}): 1})
