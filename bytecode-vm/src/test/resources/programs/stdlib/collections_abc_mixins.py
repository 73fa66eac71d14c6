from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Iterable, Iterator, Sized, Container, Hashable,
                             Callable, Collection, Generator, KeysView, ItemsView, ValuesView)
import collections


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


f = Frozen(a=1, b=2)
f['a'], f.get('z', 0), 'a' in f, 'z' in f, len(f)
list(f.keys()), list(f.items()), list(f.values())
f == {'a': 1, 'b': 2}, f == Frozen(b=2, a=1), f != {'a': 1}
isinstance(f, Mapping), isinstance(f, Collection), isinstance(f, MutableMapping)
'a' in f.keys(), ('a', 1) in f.items(), ('a', 2) in f.items(), 2 in f.values()
sorted(f.keys() & {'a', 'q'})
sorted(f.keys() | {'c'})
len(f.items())


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key]

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s['x'] = 1
s.update({'y': 2}, z=3)
s.update([('w', 4)])
s.setdefault('x', 100), s.setdefault('v', 5)
dict(s.items())
s.pop('y'), s.pop('nope', None)
s.popitem()
dict(s.items())
s.clear()
len(s)
try:
    s.pop('gone')
except KeyError as e:
    err = repr(e)
err


class Seq(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


q = Seq(6)
list(q), 16 in q, 15 in q, q.index(9), q.count(4), list(reversed(q))
try:
    q.index(7)
except ValueError:
    err = 'not found'
err


class MList(MutableSequence):
    def __init__(self, items=()):
        self._v = list(items)

    def __getitem__(self, i):
        return self._v[i]

    def __setitem__(self, i, v):
        self._v[i] = v

    def __delitem__(self, i):
        del self._v[i]

    def __len__(self):
        return len(self._v)

    def insert(self, i, v):
        self._v.insert(i, v)


m = MList([1, 2, 3])
m.append(4)
m.extend([5, 6])
m.reverse()
m.remove(3)
m.pop(), m.pop(0)
m += [7]
list(m)
m.clear()
len(m)


class ISet(Set):
    def __init__(self, it=()):
        self._s = []
        for x in it:
            if x not in self._s:
                self._s.append(x)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(self._s)

    def __len__(self):
        return len(self._s)


a = ISet([1, 2, 3])
b = ISet([2, 3, 4])
list(a & b), list(a | b), list(a - b), list(a ^ b)
a <= ISet([1, 2, 3, 4]), a < a, a == ISet([3, 2, 1]), a.isdisjoint([7, 8])
a == {1, 2, 3}


class MSet(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


ms = MSet([5, 1])
ms |= [9, 3]
ms -= [5]
list(ms)
ms.remove(1)
ms.pop()
list(ms)
try:
    ms.remove(42)
except KeyError as e:
    err = repr(e)
err


class Count(Iterator):
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


c = Count(3)
c.__iter__() is c, list(c)
try:
    Mapping()
except TypeError as e:
    err = str(e)
err


class Half(MutableMapping):
    def __getitem__(self, k):
        return k


try:
    Half()
except TypeError as e:
    err = str(e)
err
collections.abc.Sized.__name__
issubclass(MutableSequence, Sequence), issubclass(Store, Mapping)
KeysView({1: 2}), ValuesView({1: 2})
