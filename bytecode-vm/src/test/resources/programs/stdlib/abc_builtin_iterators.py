# collections.abc knows the builtin iterators (map, filter, zip, enumerate, reversed...), memoryview
# as a Sequence, and the collections classes (deque a MutableSequence, ChainMap a MutableMapping...).
from collections.abc import Iterable, Iterator, Sequence, MutableSequence, Reversible, Sized, Hashable, Mapping, MutableMapping
from collections import deque, ChainMap, UserDict, UserList, UserString, OrderedDict, Counter
import itertools

objs = [map(str, [1]), filter(None, []), zip(), enumerate([]), reversed([]), reversed(range(3)), reversed({}),
        reversed({}.items()), reversed('ab'), iter(range(2**70)), iter(memoryview(b'')), itertools.count(),
        itertools.repeat(1), itertools.product(), itertools.permutations([]), itertools.combinations([], 1),
        itertools.groupby([]), deque(), memoryview(b'')]
for o in objs:
    print(type(o).__name__, isinstance(o, Iterable), isinstance(o, Iterator), isinstance(o, Sequence),
          isinstance(o, MutableSequence), isinstance(o, Reversible), isinstance(o, Sized), isinstance(o, Hashable))
for c, a in ((ChainMap, MutableMapping), (UserDict, MutableMapping), (UserList, MutableSequence), (UserString, Sequence),
             (deque, MutableSequence), (OrderedDict, MutableMapping), (Counter, Mapping)):
    print(c.__name__, issubclass(c, a), isinstance(c("x") if c is UserString else c(), a))


def flatten(xs):
    for x in xs:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, map(abs, [-2, -3]), (4, [5, zip([6], [7])]), "eight", reversed([9, 10])])))
print(type(itertools.permutations([1])), type(itertools.combinations([1], 1)).__name__)
