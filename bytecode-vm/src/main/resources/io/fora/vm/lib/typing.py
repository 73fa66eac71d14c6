# typing for Fora: the names exist and can be subscripted, so annotated code runs; Fora does not
# check types.


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    if callable(obj) and hasattr(obj, '__code__'):
        return obj.__name__
    return repr(obj)


class ForwardRef:
    """A type named by a string inside a subscripted type (Dict[str, 'Node'])."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        if self.__forward_module__ is None:
            return f'ForwardRef({self.__forward_arg__!r})'
        return f'ForwardRef({self.__forward_arg__!r}, module={self.__forward_module__!r})'


def _hint(p):
    if isinstance(p, str):
        return ForwardRef(p)
    return type(None) if p is None else p


class _Special:
    """A typing special form (List, Optional, ...) or one subscripted (List[int]), with CPython's repr."""

    def __init__(self, name, args=None):
        self._name = name
        self.__name__ = name
        self.__args__ = args if args is not None else ()
        self.__origin__ = self if args is None else _SPECIALS.get(name, self)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name == 'Literal':
            return _Special(name, params)
        if name == 'Annotated':
            if len(params) < 2:
                raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
            return _Special(name, (_hint(params[0]),) + tuple(params[1:]))
        if name == 'Callable' and len(params) == 2:
            first = params[0]
            first = list(map(_hint, first)) if isinstance(first, list) else first
            return _Special(name, (first, _hint(params[1])))
        params = tuple(_hint(p) for p in params)
        if name == 'Optional':
            if len(params) != 1:
                raise TypeError("typing.Optional requires a single type.")
            return Union[params[0], type(None)]
        if name == 'Union':
            flat = []
            for p in params:
                for q in (p.__args__ if isinstance(p, _Special) and p._name == 'Union' and p.__args__ else (p,)):
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            return _Special(name, tuple(flat))
        return _Special(name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated" % self._name)

    def _check_target(self):
        if self.__args__:
            if self._name == 'Union':
                return tuple(a for a in self.__args__)
            raise TypeError("Subscripted generics cannot be used with class and instance checks")
        target = _check_targets().get(self._name)
        if target is None:
            raise TypeError("typing.%s cannot be used with isinstance()" % self._name)
        return target

    def __instancecheck__(self, obj):
        return isinstance(obj, self._check_target())

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._check_target())

    def __getattr__(self, name):
        # Annotated[T, x]: its __metadata__; the aliases read as their class otherwise
        if name == '__metadata__' and self._name == 'Annotated' and self.__args__:
            return self.__args__[1:]
        if name.startswith('_'):
            raise AttributeError(name)
        target = _check_targets().get(self._name)
        if target is None:
            raise AttributeError(name)
        return getattr(target, name)

    def __repr__(self):
        if not self.__args__:
            return 'typing.' + self._name
        args = self.__args__
        if self._name == 'Union' and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[' + _type_repr(other) + ']'
        if self._name == 'Literal':
            return 'typing.Literal[' + ', '.join(repr(a) for a in args) + ']'
        if self._name == 'Annotated':
            return 'typing.Annotated[' + _type_repr(args[0]) + ', ' + ', '.join(repr(a) for a in args[1:]) + ']'
        return 'typing.' + self._name + '[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if type(other) is type(int | str):  # Union[int, str] == int | str
            return self._name == 'Union' and set(self.__args__) == set(other.__args__)
        if not isinstance(other, _Special):
            return NotImplemented
        if self._name == 'Union' and other._name == 'Union':
            return set(self.__args__) == set(other.__args__)
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TypeVar:
    def __init__(self, name, constraints, bound, covariant, contravariant):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


_SPECIALS = {}


Any = _Special('Any')
Union = _Special('Union')
Optional = _Special('Optional')
List = _Special('List')
Dict = _Special('Dict')
Set = _Special('Set')
FrozenSet = _Special('FrozenSet')
Tuple = _Special('Tuple')
Callable = _Special('Callable')
Iterable = _Special('Iterable')
Iterator = _Special('Iterator')
Generator = _Special('Generator')
Sequence = _Special('Sequence')
Mapping = _Special('Mapping')
MutableMapping = _Special('MutableMapping')
Collection = _Special('Collection')
Container = _Special('Container')
Hashable = _Special('Hashable')
Type = _Special('Type')
Literal = _Special('Literal')
Final = _Special('Final')
ClassVar = _Special('ClassVar')
NoReturn = _Special('NoReturn')
Deque = _Special('Deque')
DefaultDict = _Special('DefaultDict')
Counter = _Special('Counter')
SupportsInt = _Special('SupportsInt')
SupportsFloat = _Special('SupportsFloat')
Number = _Special('Number')
AnyStr = _Special('AnyStr')
AbstractSet = _Special('AbstractSet')
MutableSet = _Special('MutableSet')
MutableSequence = _Special('MutableSequence')
Sized = _Special('Sized')
Reversible = _Special('Reversible')
Awaitable = _Special('Awaitable')
Coroutine = _Special('Coroutine')
AsyncIterable = _Special('AsyncIterable')
AsyncIterator = _Special('AsyncIterator')
AsyncGenerator = _Special('AsyncGenerator')
ContextManager = _Special('ContextManager')
AsyncContextManager = _Special('AsyncContextManager')
ByteString = _Special('ByteString')
MappingView = _Special('MappingView')
KeysView = _Special('KeysView')
ItemsView = _Special('ItemsView')
ValuesView = _Special('ValuesView')
OrderedDict = _Special('OrderedDict')
ChainMap = _Special('ChainMap')
Pattern = _Special('Pattern')
Match = _Special('Match')
Self = _Special('Self')
Never = _Special('Never')
LiteralString = _Special('LiteralString')
TypeAlias = _Special('TypeAlias')
TypeGuard = _Special('TypeGuard')
Concatenate = _Special('Concatenate')
Required = _Special('Required')
NotRequired = _Special('NotRequired')
Unpack = _Special('Unpack')
Annotated = _Special('Annotated')
Text = str
TYPE_CHECKING = False
for _k, _v in list(globals().items()):
    if isinstance(_v, _Special):
        _SPECIALS[_k] = _v
_ORIGINS = {'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset, 'Tuple': tuple, 'Type': type,
            'Union': Union, 'Literal': Literal, 'ClassVar': ClassVar, 'Final': Final}


_TARGETS = None


def _check_targets():
    """The classes isinstance() and issubclass() check for each alias (read when first needed)."""
    global _TARGETS
    if _TARGETS is None:
        import collections
        import collections.abc as abc
        import contextlib
        import re
        t = {'List': list, 'Dict': dict, 'Set': set, 'FrozenSet': frozenset, 'Tuple': tuple, 'Type': type,
             'Deque': collections.deque, 'DefaultDict': collections.defaultdict, 'Counter': collections.Counter,
             'OrderedDict': collections.OrderedDict, 'ChainMap': collections.ChainMap,
             'AbstractSet': abc.Set, 'ContextManager': contextlib.AbstractContextManager,
             'Pattern': re.Pattern, 'Match': re.Match}
        for name in ('Callable', 'Iterable', 'Iterator', 'Generator', 'Sequence', 'Mapping', 'MutableMapping',
                     'Collection', 'Container', 'Hashable', 'MutableSet', 'MutableSequence', 'Sized', 'Reversible',
                     'Awaitable', 'Coroutine', 'AsyncIterable', 'AsyncIterator', 'AsyncGenerator', 'ByteString',
                     'MappingView', 'KeysView', 'ItemsView', 'ValuesView'):
            if hasattr(abc, name):
                t[name] = getattr(abc, name)
        if hasattr(contextlib, 'AbstractAsyncContextManager'):
            t['AsyncContextManager'] = contextlib.AbstractAsyncContextManager
        _TARGETS = t
    return _TARGETS


class _ParamSpecPart:
    def __init__(self, origin, kind):
        self.__origin__ = origin
        self._kind = kind

    def __repr__(self):
        return self.__origin__.__name__ + '.' + self._kind


class ParamSpec:
    """A parameter specification variable (P in Callable[P, T])."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')

    def __repr__(self):
        return ('+' if self.__covariant__ else '-' if self.__contravariant__ else '~') + self.__name__


ParamSpecArgs = _ParamSpecPart
ParamSpecKwargs = _ParamSpecPart


class TypeVarTuple:
    """A variadic type variable (Ts in Tuple[*Ts])."""

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


class _SupportsMeta(type):
    def __instancecheck__(cls, obj):
        return all(hasattr(type(obj), m) for m in cls._methods)

    def __subclasscheck__(cls, other):
        return all(hasattr(other, m) for m in cls._methods)


def _supports(name, *methods):
    return _SupportsMeta(name, (), {'_methods': methods, '__module__': 'typing', '__slots__': (),
                                    '__class_getitem__': classmethod(lambda cls, p: _GenericAlias(cls, p if isinstance(p, tuple) else (p,)))})


SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsRound = _supports('SupportsRound', '__round__')


class IO:
    """The generic type of file objects (IO[str], IO[bytes]); TextIO and BinaryIO are its kinds."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params if isinstance(params, tuple) else (params,))


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def get_overloads(func):
    return []


def clear_overloads():
    pass


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def no_type_check_decorator(decorator):
    return decorator


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _TypeVar(name, constraints, bound, covariant, contravariant)


AnyStr = TypeVar('AnyStr', bytes, str)


def get_origin(tp):
    """The unsubscripted form of a subscripted type (List for List[int]; list for list[int])."""
    if type(tp) is type(int | str):
        return type(tp)
    if isinstance(tp, _Special) and tp.__args__:
        return _ORIGINS.get(tp._name, tp.__origin__)
    return getattr(tp, '__origin__', None) if not isinstance(tp, (_Special, type)) else None


def get_args(tp):
    if isinstance(tp, _Special):
        return tp.__args__
    return getattr(tp, '__args__', ()) if not isinstance(tp, type) else ()


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, base class or metaclass as making dataclass-like classes (PEP 681)."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


def _resolve_hint(value, globalns, localns):
    """A string annotation (a forward reference) names a class: looked up as CPython would eval it
    (locals, then globals, then builtins), for plain and dotted names; None means NoneType."""
    if value is None:
        return type(None)
    if not isinstance(value, str):
        return value
    parts = value.strip().split('.')
    if not all(p.isidentifier() for p in parts):
        # a type expression (list[str], Optional['Node'], int | None): parsed and built here,
        # as eval would build it; anything else stays the string (Fora does not run code from strings)
        try:
            return _TypeExpr(value, globalns, localns).parse()
        except SyntaxError:
            return value
    import builtins as _builtins
    _absent = object()
    found = _absent
    for ns in (localns, globalns):
        if ns is not None and parts[0] in ns:
            found = ns[parts[0]]
            break
    if found is _absent:
        found = getattr(_builtins, parts[0], _absent)
    if found is _absent:
        raise NameError(f"name '{parts[0]}' is not defined")
    for p in parts[1:]:
        found = getattr(found, p)
    return found


class _TypeExpr:
    """A type written as a string: names (dotted), subscripts, `|`, None, ... and nested strings."""

    def __init__(self, text, globalns, localns):
        self.toks = _type_tokens(text)
        self.i = 0
        self.globalns = globalns
        self.localns = localns

    def parse(self):
        v = self.union()
        if self.i != len(self.toks):
            raise SyntaxError('unexpected ' + self.toks[self.i])
        return v

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, tok=None):
        t = self.peek()
        if t is None or (tok is not None and t != tok):
            raise SyntaxError('expected ' + (tok or 'more'))
        self.i += 1
        return t

    def union(self):
        v = self.primary()
        while self.peek() == '|':
            self.take()
            v = v | self.primary()
        return v

    def primary(self):
        v = self.atom()
        while self.peek() == '[':
            self.take()
            # Literal's arguments, and Annotated's after the type, are values, not types
            mode = 'literal' if v is Literal else 'annotated' if v is Annotated else None
            args = self.items(']', mode)
            v = v[args[0] if len(args) == 1 and not self.trailing else tuple(args)]
        return v

    def value(self):
        t = self.peek()
        if t is not None and t[0] in '\'"':
            self.take()
            return t[1:-1]
        if t is not None and t.isdigit():
            self.take()
            return int(t)
        if t in ('True', 'False'):
            self.take()
            return t == 'True'
        return self.union()

    def items(self, close, mode=None):
        args = []
        self.trailing = False
        while self.peek() != close:
            as_value = mode == 'literal' or (mode == 'annotated' and args)
            args.append(self.value() if as_value else self.union())
            self.trailing = False
            if self.peek() == ',':
                self.take()
                self.trailing = True
            elif self.peek() != close:
                raise SyntaxError('expected , or ' + close)
        self.take(close)
        return args

    def atom(self):
        t = self.take()
        if t == '[':
            return self.items(']')
        if t == '...':
            return ...
        if t[0] in '\'"':
            return _resolve_hint(t[1:-1], self.globalns, self.localns)
        if t == 'None':
            return None
        if not t.replace('.', '_').isidentifier():
            raise SyntaxError('unexpected ' + t)
        return _resolve_hint(t, self.globalns, self.localns)


def _type_tokens(text):
    toks = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith('...', i):
            toks.append('...')
            i += 3
        elif c in '[],|':
            toks.append(c)
            i += 1
        elif c in '\'"':
            j = text.find(c, i + 1)
            if j < 0:
                raise SyntaxError('unterminated string')
            toks.append(text[i:j + 1])
            i = j + 1
        elif c.isalnum() or c == '_' or c == '.':
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] in '_.'):
                j += 1
            toks.append(text[i:j])
            i = j
        else:
            raise SyntaxError('unexpected ' + c)
    return toks


def _strip_annotated(t):
    """Annotated[T, x] as T (what get_type_hints answers without include_extras)."""
    if isinstance(t, _Special) and t._name == 'Annotated' and t.__args__:
        return t.__args__[0]
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    strip = (lambda t: t) if include_extras else _strip_annotated
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ns = globalns
            if ns is None:
                import sys as _sys
                ns = getattr(_sys.modules.get(base.__module__), '__dict__', None) if hasattr(_sys, 'modules') else None
            for k, v in (getattr(base, '__annotations__', None) or {}).items():
                hints[k] = strip(_resolve_hint(v, ns, localns))
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
    return {k: strip(_resolve_hint(v, globalns, localns)) for k, v in (getattr(obj, '__annotations__', None) or {}).items()}


class _GenericAlias:
    """A generic class subscripted (Stack[int], Generic[T]): it calls, subclasses and reads as the
    class; its repr, __origin__, __args__ and __parameters__ are CPython's."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for a in args:
            if isinstance(a, _TypeVar) and a not in params:
                params.append(a)
            for p in getattr(a, '__parameters__', ()) if isinstance(a, _GenericAlias) else ():
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        return f'{_type_repr(self.__origin__)}[{", ".join(_type_repr(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __instancecheck__(self, obj):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


def _collect_parameters(cls):
    params = []
    for base in cls.__dict__.get('__orig_bases__', ()):
        for p in getattr(base, '__parameters__', ()) if isinstance(base, _GenericAlias) else ():
            if p not in params:
                params.append(p)
    return tuple(params)


class Generic:
    """Generic[T, ...] as a base; a generic class subscripted is a _GenericAlias of it."""

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        cls.__parameters__ = _collect_parameters(cls)


class NewType:
    """NewType('UserId', int): a callable that returns its argument, named as the type."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        f"`{self.__qualname__} = NewType({self.__qualname__!r}, {self.__name__})`")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- NamedTuple: class syntax and the functional form make collections.namedtuple classes ----

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


def _make_nmtuple(name, types, module, defaults=()):
    from collections import namedtuple
    fields = [n for n, t in types]
    nt = namedtuple(name, fields, defaults=defaults, module=module)
    # as CPython's _type_check: a string is a ForwardRef, None is NoneType
    nt.__annotations__ = {n: _hint(t) for n, t in types}
    return nt


class _NamedTupleMeta(type):
    def __new__(mcs, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcs, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nt = _make_nmtuple(typename, list(types.items()), ns.get('__module__', '__main__'),
                           [ns[n] for n in default_names])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in nt._fields:
                setattr(nt, key, ns[key])
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _make_nmtuple(typename, list(fields), '__main__')


class _TypedDictMeta(type):
    """Makes TypedDict classes: their instances are plain dicts, as in CPython."""

    def __new__(mcs, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(mcs, name, bases, ns)
        annotations = {}
        required, optional = set(), set()
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
            required |= getattr(base, '__required_keys__', frozenset())
            optional |= getattr(base, '__optional_keys__', frozenset())
        own = dict(ns.get('__annotations__', {}))
        annotations.update(own)
        (required if total else optional).update(own)
        body = {k: v for k, v in ns.items() if k != '__annotations__'}
        tp = super().__new__(mcs, name, (dict,), body)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        tp.__total__ = total
        return tp

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            return _typed_dict_type(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(metaclass=_TypedDictMeta):
    _root = True


def _typed_dict_type(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields)}, total=total)


# ---- Protocol: structural checks at run time (CPython 3.11's rules) ----

_PROTOCOL_SKIP = frozenset({
    '__abstractmethods__', '__annotations__', '__weakref__', '_is_protocol', '_is_runtime_protocol',
    '__dict__', '__args__', '__slots__', '__next_in_mro__', '__parameters__', '__origin__',
    '__orig_bases__', '__extra__', '__tree_hash__', '__doc__', '__subclasshook__', '__init__',
    '__new__', '__module__', '_MutableMapping__marker', '_gorg', '__qualname__', '__protocol_attrs__',
    '__init_subclass__'})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get('__annotations__', {}).keys())
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_SKIP:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(type):
    def __instancecheck__(cls, instance):
        if cls.__dict__.get('_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if issubclass(type(instance), cls):
            return True
        if cls.__dict__.get('_is_protocol', False):
            for attr in _protocol_attrs(cls):
                if not hasattr(instance, attr):
                    return False
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    return False
            return True
        return False

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if cls in other.__mro__:
                return True
            # structurally: every member of the protocol defined (not as None) somewhere in other's MRO
            for attr in _protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return cls in getattr(other, '__mro__', ())


class Protocol(metaclass=_ProtocolMeta):
    _is_protocol = True

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # a protocol names Protocol among its bases; a class that merely implements one does not
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__parameters__ = _collect_parameters(cls)


def runtime_checkable(cls):
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls
