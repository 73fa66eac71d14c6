# SPDX-License-Identifier: Apache-2.0
"""weakref for Fora: CPython 3.11's API over a computation's objects.

A computation keeps every object it made until it ends (Fora has no reference counts), so a weak
reference here never dies before the computation does: ref() always returns its object, a
WeakValueDictionary or WeakSet keeps its entries, and callbacks and finalizers run only when the
program calls them (finalize objects are callable, as in CPython). Programs that use weak references
for caches, registries and back links run unchanged; one that deletes the last strong reference and
then expects ref() to give None does not see that happen.
"""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]

from collections.abc import MutableMapping, MutableSet

_NOT_REFERABLE = (int, float, complex, bool, str, bytes, tuple, list, dict, type(None))


def _check(obj):
    if type(obj) in _NOT_REFERABLE:
        raise TypeError("cannot create weak reference to '%s' object" % type(obj).__name__)


class ref:
    """ref(object[, callback]): a reference to object (here it stays alive while the computation runs)."""

    __slots__ = ('_obj', '_callback')

    def __init__(self, obj, callback=None):
        _check(obj)
        self._obj = obj
        self._callback = callback

    def __call__(self):
        return self._obj

    @property
    def __callback__(self):
        return self._callback

    def __eq__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj == other._obj

    def __ne__(self, other):
        if not isinstance(other, ref):
            return NotImplemented
        return self._obj != other._obj

    def __hash__(self):
        return hash(self._obj)

    def __repr__(self):
        o = self._obj
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    __class_getitem__ = classmethod(lambda cls, item: cls)


ReferenceType = ref


class WeakMethod(ref):
    """A reference to a bound method: calling it gives the bound method again."""

    __slots__ = ('_func', '_self', '_meth')

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        super().__init__(obj, callback)
        self._func = func
        self._self = obj
        self._meth = meth

    def __call__(self):
        return self._meth

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._self is other._self and self._func == other._func
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not (self._self is other._self and self._func == other._func)
        return NotImplemented

    def __hash__(self):
        return hash((id(self._self), self._func))


class ProxyType:
    """The type CPython's weak proxies have; proxy() here gives the object itself."""


CallableProxyType = ProxyType
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """proxy(object[, callback]): the object itself (it lives as long as the computation)."""
    _check(obj)
    return obj


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class _WeakMapping(MutableMapping):
    """What the two weak dictionaries share: a plain dict underneath (its entries stay here)."""

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def __or__(self, other):
        c = self.copy()
        c.update(other)
        return c

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held by weak references (here they stay)."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __setitem__(self, key, value):
        _check(value)
        self.data[key] = value

    def itervaluerefs(self):
        for v in list(self.data.values()):
            yield ref(v)

    def valuerefs(self):
        return [ref(v) for v in self.data.values()]


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held by weak references (here they stay)."""

    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        _check(key)
        self.data[key] = value

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(MutableSet):
    """A set whose elements are held by weak references (here they stay)."""

    def __init__(self, data=None):
        self.data = set()
        if data is not None:
            for x in data:
                self.add(x)

    def __contains__(self, item):
        return item in self.data

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def add(self, item):
        _check(item)
        self.data.add(item)

    def discard(self, item):
        self.data.discard(item)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self.data)

    __copy__ = copy

    def update(self, other):
        for x in other:
            self.add(x)

    def __repr__(self):
        return repr(self.data)


class finalize:
    """finalize(obj, func, *args, **kwargs): calling it (once) calls func(*args, **kwargs).

    CPython also calls it when obj is collected or at exit; a computation keeps obj until it ends,
    so here only an explicit call runs it.
    """

    def __init__(self, obj, func, /, *args, **kwargs):
        _check(obj)
        self._info = [obj, func, args, kwargs or None]
        self.atexit = True

    def __call__(self, _=None):
        info = self._info
        if info is None:
            return None
        self._info = None
        obj, func, args, kwargs = info
        return func(*args, **(kwargs or {}))

    def detach(self):
        info = self._info
        if info is None:
            return None
        self._info = None
        return (info[0], info[1], info[2], info[3] or {})

    def peek(self):
        info = self._info
        if info is None:
            return None
        return (info[0], info[1], info[2], info[3] or {})

    @property
    def alive(self):
        return self._info is not None

    def __repr__(self):
        info = self._info
        if info is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(info[0]).__name__, id(info[0]))
