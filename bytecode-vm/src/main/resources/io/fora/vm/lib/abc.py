# SPDX-License-Identifier: Apache-2.0
"""abc for Fora: abstract base classes.

ABC checks for abstract methods when a subclass is instantiated (in ABC.__new__), with
CPython 3.11's message. ABCMeta keeps virtual subclasses: register() records them and
isinstance()/issubclass() consult the registry and __subclasshook__, as in CPython (without
CPython's caches: a computation's checks change nothing).
"""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for f in (getattr(value, 'fget', None), getattr(value, 'fset', None),
                  getattr(value, 'fdel', None)):
            if f is not None and getattr(f, '__isabstractmethod__', False):
                return True
        return False
    inner = getattr(value, '__func__', None)
    return inner is not None and getattr(inner, '__isabstractmethod__', False)


_abstracts_cache = {}


def _abstract_methods(cls):
    found = _abstracts_cache.get(cls)
    if found is not None:
        return found
    mro = cls.__mro__
    names = []
    seen = set()
    for klass in mro:
        for name in klass.__dict__:
            if name in seen:
                continue
            seen.add(name)
            # the first definition along the MRO is the one instances see
            if _is_abstract(klass.__dict__[name]):
                names.append(name)
    found = frozenset(names)
    _abstracts_cache[cls] = found
    return found


def update_abstractmethods(cls):
    _abstracts_cache.pop(cls, None)
    if hasattr(cls, '__abstractmethods__'):
        cls.__abstractmethods__ = _abstract_methods(cls)
    return cls


def _check_instantiable(cls):
    abstracts = _abstract_methods(cls)
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, '' if len(names) == 1 else 's', ', '.join(names)))


# bumped by every register(): the negative caches made before it are stale (CPython's counter)
_abc_invalidation_counter = 0


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_registry = []
        # as CPython's: what issubclass() found, kept per ABC (a class's later changes are not seen)
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _abc_invalidation_counter
        cls.__abstractmethods__ = _abstract_methods(cls)
        return cls

    def register(cls, subclass):
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass in cls._abc_cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if cls._abc_negative_cache_version == _abc_invalidation_counter and subclass in cls._abc_negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < _abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = _abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                cls._abc_cache.add(subclass)
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False

    def _abc_registry_clear(cls):
        cls._abc_registry = []

    def _abc_caches_clear(cls):
        cls._abc_cache = set()
        cls._abc_negative_cache = set()


def _subclass_of(subclass, cls):
    """issubclass(subclass, cls) for an ABC cls."""
    return ABCMeta.__subclasscheck__(cls, subclass)


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls not in _abstracts_cache or _abstracts_cache[cls]:
            _check_instantiable(cls)
        return object.__new__(cls)

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def get_cache_token():
    return _abc_invalidation_counter
