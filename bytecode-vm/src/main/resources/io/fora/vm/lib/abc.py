# SPDX-License-Identifier: Apache-2.0
"""abc for Fora: abstract base classes without a metaclass.

ABC checks for abstract methods when a subclass is instantiated (in ABC.__new__), with
CPython 3.11's message. Fora has no metaclasses: `class C(metaclass=ABCMeta)` is accepted but
gets no instantiation check, and register() records nothing (isinstance() only follows real
inheritance).
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
    return cls


def _check_instantiable(cls):
    abstracts = _abstract_methods(cls)
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, '' if len(names) == 1 else 's', ', '.join(names)))


class ABCMeta(type):
    pass


class ABC:
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls not in _abstracts_cache or _abstracts_cache[cls]:
            _check_instantiable(cls)
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


def get_cache_token():
    return 0
