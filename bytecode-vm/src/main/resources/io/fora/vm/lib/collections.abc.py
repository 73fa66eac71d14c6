# SPDX-License-Identifier: Apache-2.0
"""collections.abc for Fora: the abstract collection classes and their mixin methods.

Subclassing works as in CPython (a Mapping subclass that defines __getitem__, __iter__ and
__len__ gets get, keys, items, values, __contains__ and __eq__; instantiating a class that
leaves an abstract method undefined raises TypeError). Virtual subclasses work as in CPython:
the builtin types are registered (dict is a MutableMapping, tuple a Sequence, ...), register()
adds more, and the one-method ABCs (Iterable, Sized, Hashable, Callable, ...) recognise any
class that defines the method, through __subclasshook__.
"""

from abc import ABC, abstractmethod

__all__ = ['Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator',
           'Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized',
           'Container', 'Callable', 'Collection', 'Set', 'MutableSet', 'Mapping',
           'MutableMapping', 'MappingView', 'KeysView', 'ItemsView', 'ValuesView',
           'Sequence', 'MutableSequence', 'ByteString']

_dict_keys = type({}.keys())
_dict_items = type({}.items())
_dict_values = type({}.values())




class Hashable(ABC):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(ABC):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('coroutine ignored GeneratorExit')


class AsyncIterable(ABC):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    @abstractmethod
    def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    def athrow(self, typ, val=None, tb=None):
        raise typ


class Iterable(ABC):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        while False:
            yield None


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        while False:
            yield None


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        if val is None:
            if tb is None:
                raise typ
            val = typ()
        raise val

    def close(self):
        try:
            self.throw(GeneratorExit)
        except (GeneratorExit, StopIteration):
            pass
        else:
            raise RuntimeError('generator ignored GeneratorExit')


class Sized(ABC):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


class Container(ABC):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


class Collection(Sized, Iterable, Container):
    __slots__ = ()


class Callable(ABC):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


# --------------------------------------------------------------------------------------------
# Sets

def _is_set(x):
    return isinstance(x, (Set, set, frozenset, _dict_keys, _dict_items))


def _is_iterable(x):
    try:
        iter(x)
    except TypeError:
        return False
    return True


class Set(Collection):
    __slots__ = ()

    def __le__(self, other):
        if not _is_set(other):
            return NotImplemented
        if len(self) > len(other):
            return False
        for elem in self:
            if elem not in other:
                return False
        return True

    def __lt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __gt__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __ge__(self, other):
        if not _is_set(other):
            return NotImplemented
        if len(self) < len(other):
            return False
        for elem in other:
            if elem not in self:
                return False
        return True

    def __eq__(self, other):
        if not _is_set(other):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def __and__(self, other):
        if not _is_iterable(other):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        for value in other:
            if value in self:
                return False
        return True

    def __or__(self, other):
        if not _is_iterable(other):
            return NotImplemented
        return self._from_iterable([e for s in (self, other) for e in s])

    __ror__ = __or__

    def __sub__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        if not _is_set(other):
            if not _is_iterable(other):
                return NotImplemented
            other = self._from_iterable(other)
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        # the frozenset hash algorithm, on the hashes of the elements
        MAX = 0xFFFFFFFFFFFFFFFF
        MASK = 2 * MAX + 1
        n = len(self)
        h = 1927868237 * (n + 1)
        h &= MASK
        for x in self:
            hx = hash(x)
            h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
            h &= MASK
        h ^= (h >> 11) ^ (h >> 25)
        h = h * 69069 + 907133923
        h &= MASK
        if h > MAX:
            h -= MASK + 1
        if h == -1:
            h = 590923713
        return h


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        it = iter(self)
        try:
            value = next(it)
        except StopIteration:
            raise KeyError from None
        self.discard(value)
        return value

    def clear(self):
        try:
            while True:
                self.pop()
        except KeyError:
            pass

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __iand__(self, it):
        for value in (self - it):
            self.discard(value)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
        else:
            if not _is_set(it):
                it = self._from_iterable(it)
            for value in it:
                if value in self:
                    self.discard(value)
                else:
                    self.add(value)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            for value in it:
                self.discard(value)
        return self


# --------------------------------------------------------------------------------------------
# Mappings

def _is_mapping(x):
    return isinstance(x, (Mapping, dict))


class Mapping(Collection):
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        else:
            return True

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __reversed__ = None


class MappingView(Sized):
    __slots__ = ('_mapping',)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        for key in self._mapping:
            yield key


class ItemsView(MappingView, Set):
    __slots__ = ()

    @classmethod
    def _from_iterable(cls, it):
        return set(it)

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        else:
            return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


_marker = object()


class MutableMapping(Mapping):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    def pop(self, key, default=_marker):
        try:
            value = self[key]
        except KeyError:
            if default is _marker:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# --------------------------------------------------------------------------------------------
# Sequences

class Sequence(Reversible, Collection):
    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        i = 0
        try:
            while True:
                v = self[i]
                yield v
                i += 1
        except IndexError:
            return

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False

    def __reversed__(self):
        for i in reversed(range(len(self))):
            yield self[i]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                v = self[i]
            except IndexError:
                break
            if v is value or v == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        return sum(1 for v in self if v is value or v == value)


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        try:
            while True:
                self.pop()
        except IndexError:
            pass

    def reverse(self):
        n = len(self)
        for i in range(n // 2):
            self[i], self[n - i - 1] = self[n - i - 1], self[i]

    def extend(self, values):
        if values is self:
            values = list(values)
        for v in values:
            self.append(v)

    def pop(self, index=-1):
        v = self[index]
        del self[index]
        return v

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self



# --------------------------------------------------------------------------------------------
# Virtual subclasses: CPython's __subclasshook__s, and the builtin types registered

def _f():
    pass


def _g():
    yield None


_iterator_types = tuple({type(iter(x)) for x in ([], (), '', b'', {}, set(), range(1), {}.values(), {}.items(), bytearray(),
                                                 range(2 ** 64), memoryview(b''))}
                        | {type(reversed(x)) for x in ([], range(1), {}, {}.values(), {}.items())}
                        | {map, filter, zip, enumerate, reversed})
_view_types = (_dict_keys, _dict_items, _dict_values)
_containers = (list, tuple, str, bytes, bytearray, dict, set, frozenset, range) + _view_types

# what builtin classes do natively (Fora's builtin classes do not list these dunders)
_BUILTIN = {
    '__hash__': (int, float, complex, str, bytes, tuple, frozenset, bool, type(None), range, type,
                 type(_f), type(len)),
    '__iter__': _containers + _iterator_types + (type(_g()),),
    '__next__': _iterator_types + (type(_g()),),
    '__len__': _containers,
    '__contains__': _containers,
    '__reversed__': (list, range, dict) + _view_types,
    '__call__': (type, type(_f), type(len)),
    'send': (type(_g()),),
    'throw': (type(_g()),),
    'close': (type(_g()),),
}
_UNHASHABLE = (list, dict, set, bytearray, _dict_keys, _dict_items)


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method == '__hash__' and B in _UNHASHABLE:
                return NotImplemented
            if B in _BUILTIN.get(method, ()):
                break
            if method in ('__iter__', '__next__') and B.__module__ == 'itertools' and B is not object:
                break  # itertools' iterators written in Java (product, permutations, ...)
            if B is not object and method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
            if B is object and method == '__hash__':
                break
        else:
            return NotImplemented
    return True


def _hook(abc_class, *methods):
    def __subclasshook__(cls, C):
        if cls is abc_class:
            return _check_methods(C, *methods)
        return NotImplemented
    abc_class.__subclasshook__ = classmethod(__subclasshook__)


_hook(Hashable, '__hash__')
_hook(Iterable, '__iter__')
_hook(Iterator, '__iter__', '__next__')
_hook(Reversible, '__reversed__', '__iter__')
_hook(Generator, '__iter__', '__next__', 'send', 'throw', 'close')
_hook(Sized, '__len__')
_hook(Container, '__contains__')
_hook(Collection, '__len__', '__iter__', '__contains__')
_hook(Callable, '__call__')
_hook(Awaitable, '__await__')
_hook(AsyncIterable, '__aiter__')
_hook(AsyncIterator, '__anext__', '__aiter__')

Sequence.register(tuple)
Sequence.register(str)
Sequence.register(range)
Sequence.register(memoryview)
MutableSequence.register(list)
MutableSequence.register(bytearray)
ByteString.register(bytes)
ByteString.register(bytearray)
Set.register(frozenset)
MutableSet.register(set)
MutableMapping.register(dict)
KeysView.register(_dict_keys)
ItemsView.register(_dict_items)
ValuesView.register(_dict_values)


# --------------------------------------------------------------------------------------------
# Subscripting the generic ABCs (PEP 585): Iterable[str] is a generic alias of Iterable; a
# Callable's arguments read as CPython shows them (Callable[[int], str])

_GenericAlias = type(list[int])


def _alias_repr(a):
    if a is Ellipsis:
        return '...'
    if isinstance(a, type) and not isinstance(a, _GenericAlias):
        return a.__qualname__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
    return repr(a)


class _CallableGenericAlias:
    """Callable[[int], str]: its __args__ are the parameter types then the result type."""

    def __init__(self, origin, params):
        if not (isinstance(params, tuple) and len(params) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        self.__origin__ = origin
        self._params = args
        self.__args__ = (tuple(args) if isinstance(args, list) else (args,)) + (result,)

    def __repr__(self):
        args = self._params
        shown = '[' + ', '.join(_alias_repr(a) for a in args) + ']' if isinstance(args, list) else _alias_repr(args)
        return 'collections.abc.Callable[' + shown + ', ' + _alias_repr(self.__args__[-1]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")


for _abc in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Iterable, Iterator, Reversible,
             Generator, Container, Collection, Set, MutableSet, Mapping, MappingView, KeysView, ItemsView,
             ValuesView, MutableMapping, Sequence, MutableSequence):
    _abc.__class_getitem__ = classmethod(_GenericAlias)
Callable.__class_getitem__ = classmethod(_CallableGenericAlias)
del _abc
