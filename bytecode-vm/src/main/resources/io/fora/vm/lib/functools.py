# functools for Fora: pure functions. cache, lru_cache (a memo table) and total_ordering (it adds
# methods to a class) are added from Java.

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing):
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def _set_partial(self, kind, func, args, keywords):
    """func, args and keywords of a partial (or partialmethod) of func; one of the same kind is flattened."""
    if isinstance(func, kind):
        args = func.args + args
        keywords = {**func.keywords, **keywords}
        func = func.func
    self.func = func
    self.args = args
    self.keywords = keywords


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
"""
    __fora_tp_name__ = 'functools.partial'  # how CPython's C type names itself in messages

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        _set_partial(self, partial, func, args, keywords)

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __reduce__(self):
        extra = {k: v for k, v in self.__dict__.items() if k not in ('func', 'args', 'keywords')}
        return type(self), (self.func,), (self.func, self.args, self.keywords, extra or None)

    def __setstate__(self, state):
        func, args, kwds, namespace = state
        self.func = func
        self.args = tuple(args)
        self.keywords = dict(kwds) if kwds else {}
        if namespace:
            self.__dict__.update(namespace)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(x) for x in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        return f"functools.partial({', '.join(parts)})"


class partialmethod:
    """A partial() that binds like a method: the instance comes before the given arguments."""

    def __init__(self, func, /, *args, **keywords):
        _set_partial(self, partialmethod, func, args, keywords)

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        func, args, keywords = self.func, self.args, self.keywords

        def bound(*more, **kw):
            return func(obj, *args, *more, **{**keywords, **kw})
        return bound


class _KeyWrapper:
    """CPython's functools.KeyWrapper: cmp_to_key's callable, and the keys it makes."""
    __slots__ = ('_cmp', 'obj')
    __fora_tp_name__ = 'functools.KeyWrapper'  # how CPython's C type names itself in messages
    __hash__ = None

    def __call__(self, obj):
        k = object.__new__(_KeyWrapper)
        k._cmp = self._cmp
        k.obj = obj
        return k

    def _compare(self, other):
        if type(other) is not _KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0


_KeyWrapper.__name__ = _KeyWrapper.__qualname__ = 'KeyWrapper'


def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    k = object.__new__(_KeyWrapper)
    k._cmp = mycmp
    k.obj = None
    return k


WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        mine = getattr(wrapper, attr, None)
        theirs = getattr(wrapped, attr, None)
        if isinstance(mine, dict) and isinstance(theirs, dict):
            for k, v in theirs.items():
                if k not in mine:
                    setattr(wrapper, k, v)
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


_NOT_FOUND = object()


class cached_property:
    """A method computed once per instance, then kept as the instance's own attribute."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        val = self.func(instance)
        # a non-data descriptor: the instance's own attribute answers every later read
        object.__setattr__(instance, self.attrname, val)
        return val


def singledispatch(func):
    """A generic function that picks its implementation by the class of its first argument."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is not None:
            return impl
        impl = None
        for c in cls.__mro__:
            if c in registry:
                impl = registry[c]
                break
        # classes registered as abstract bases (collections.abc.Sequence...) match by issubclass
        for k, f in registry.items():
            if k is not object and k not in cls.__mro__ and issubclass(cls, k):
                if impl is None or impl is func:
                    impl = f
                break
        if impl is None:
            impl = func
        cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            # @f.register with a type annotation on the first parameter
            f = cls
            ann = getattr(f, '__annotations__', {})
            params = [n for n in ann if n != 'return']
            if not params:
                raise TypeError(f"Invalid first argument to `register()`: {f!r}. "
                                f"Use either `@register(some_class)` or plain `@register` on an annotated function.")
            cls = ann[params[0]]
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {params[0]!r}. {cls!r} is not a class.")
            func = f
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the class of the first argument after self."""

    def __init__(self, func):
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        func = self.func

        def _method(*args, **kwargs):
            method = dispatcher.dispatch(args[0].__class__)
            get = getattr(method, '__get__', None)
            if get is not None:
                return get(obj, cls)(*args, **kwargs)
            return method(obj, *args, **kwargs)

        _method.register = self.register
        update_wrapper(_method, func)
        return _method
