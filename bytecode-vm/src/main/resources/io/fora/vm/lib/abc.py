# SPDX-License-Identifier: Apache-2.0
"""abc for Fora: abstract base classes.

ABC checks for abstract methods when a subclass is instantiated (in ABC.__new__), with
CPython 3.11's message. ABCMeta keeps virtual subclasses: register() records them and
isinstance()/issubclass() consult the registry and __subclasshook__, as in CPython (without
CPython's caches: a computation's checks change nothing; a cache would be a shared object that
every check writes, and a piece of a split computation that writes a shared object abandons its
split).
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


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls._abc_registry = []
        cls.__abstractmethods__ = _abstract_methods(cls)
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if _subclass_of(subclass, cls):
            return subclass
        if _subclass_of(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        return _subclass_of(subclass, cls)


def _subclass_of(subclass, cls):
    """issubclass(subclass, cls) for an ABC cls: real inheritance, the hook, the registry, the subclasses'."""
    if cls in subclass.__mro__:
        return True
    hook = getattr(cls, '__subclasshook__', None)
    if hook is not None:
        ok = hook(subclass)
        if ok is not NotImplemented:
            return bool(ok)
    for registered in getattr(cls, '_abc_registry', ()):
        if registered is subclass or issubclass(subclass, registered):
            return True
    for scls in type.__subclasses__(cls):
        if scls is not cls and isinstance(scls, ABCMeta) and _subclass_of(subclass, scls):
            return True
    return False


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
    return 0
