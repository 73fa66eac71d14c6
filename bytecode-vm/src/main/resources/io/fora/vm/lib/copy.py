# SPDX-License-Identifier: Apache-2.0
"""copy for Fora: shallow and deep copies of values.

copy(x) and deepcopy(x, memo=None) follow CPython 3.11: immutable atoms (None, bool, int, float,
str, range, functions, classes) are returned as they are; lists, dicts and sets are copied;
a tuple is its own deep copy unless one of its items changes; `cls.__copy__(x)` and
`x.__deepcopy__(memo)` hooks are honoured; deepcopy keeps a memo dict keyed by id() so shared
and cyclic structure is reproduced. Instances of user classes are rebuilt as CPython's
`__reduce_ex__(4)` protocol does (without pickle): `cls.__new__(cls)` (with the builtin value as
argument for subclasses of int, float, str, tuple and frozenset), then the attribute dict
(or the result of a user `__getstate__`) restored through `__setstate__` or setattr, then the
items of list and dict subclasses. A user `__reduce_ex__` / `__reduce__` defined in Python is
used when present. Objects without an attribute dict that are none of the above raise
TypeError("cannot pickle 'T' object"), as in CPython.
"""

__all__ = ['Error', 'copy', 'deepcopy']

import copyreg as _copyreg


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)


def _builtin_types():
    found = [type(None), int, float, bool, str, range, type, _FunctionType, type(len),
             type(lambda: None)]
    for make in (lambda: bytes, lambda: complex, lambda: type(Ellipsis),
                 lambda: type(NotImplemented), lambda: property):
        try:
            found.append(make())
        except NameError:
            pass
    return found


_ATOMS = {}
for _t in _builtin_types():
    _ATOMS[_t] = True
_COPY_ATOMS = dict(_ATOMS)
_COPY_ATOMS[tuple] = True
_COPY_ATOMS[frozenset] = True
_nil = object()


def _is_python_function(f):
    return type(f) is _FunctionType or type(f) is _MethodType


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _COPY_ATOMS:
        return x
    if cls is list or cls is dict or cls is set:
        return x.copy()
    if isinstance(x, type):
        return x
    if cls is _MethodType:
        return getattr(x.__self__, x.__func__.__name__)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=_nil):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMS:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is _MethodType:
        y = getattr(deepcopy(x.__self__, memo), x.__func__.__name__)
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not memoised.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple reached again through its own items has been copied already.
    got = memo.get(id(x), _nil)
    if got is not _nil:
        return got
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _keep_alive(x, memo):
    # Keep x alive as long as the memo, so that its id() is not reused during the copy.
    key = id(memo)
    kept = memo.get(key, _nil)
    if kept is _nil:
        memo[key] = [x]
    else:
        kept.append(x)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    # What x.__reduce_ex__(4) answers in CPython: (callable, args, state, listitems, dictitems),
    # or a string (the object is global and copies as itself).
    if cls is slice or cls is range:
        return x.__reduce__() + (None, None, None)  # remade from their bounds, as CPython's __reduce__
    for name in ('__reduce_ex__', '__reduce__'):
        method = getattr(cls, name, None)
        if method is not None and _is_python_function(method):
            rv = x.__reduce_ex__(4) if name == '__reduce_ex__' else x.__reduce__()
            if isinstance(rv, str):
                return rv
            rv = tuple(rv)
            return rv + (None,) * (5 - len(rv))
    attrs = getattr(x, '__dict__', None)
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), attrs or None, None, None)  # bytearray.__reduce_ex__'s answer
    slotnames = _copyreg._slot_names(cls)
    if attrs is None and not slotnames and not isinstance(x, (tuple, int, float, str, list, dict, set, frozenset)):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None and _is_python_function(getstate):
        state = getstate()
    else:
        # object.__getstate__: the __dict__ (or None), and the slots that are set beside it
        state = attrs if attrs else None
        if slotnames:
            if state:
                state = {k: v for k, v in state.items() if k not in slotnames} or None
            slots = {}
            for name in slotnames:
                try:
                    slots[name] = getattr(x, name)
                except AttributeError:
                    pass
            if slots:
                state = (state, slots)
    listitems = None
    dictitems = None
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), state, None, None)
    if isinstance(x, tuple):
        getnewargs = getattr(x, '__getnewargs__', None)
        if getnewargs is not None and _is_python_function(getnewargs):
            args = (cls,) + tuple(getnewargs())
        elif hasattr(cls, '_fields') and hasattr(cls, '_make'):
            # a namedtuple built without __getnewargs__: its fields are positional arguments
            args = (cls,) + tuple(x)
        else:
            args = (cls, tuple(x))
    elif isinstance(x, int):
        args = (cls, int(x))
    elif isinstance(x, float):
        args = (cls, float(x))
    elif isinstance(x, str):
        args = (cls, str(x))
    else:
        args = (cls,)
        if isinstance(x, list):
            listitems = iter(x)
        elif isinstance(x, dict):
            dictitems = iter(x.items())
    return (_new_object, args, state, listitems, dictitems)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                for key, value in state.items():
                    setattr(y, key, value)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
