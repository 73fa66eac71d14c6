# typing for Fora: the names exist and can be subscripted, so annotated code runs; Fora does not
# check types.


class _Special:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return _Special(self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError("Type %s cannot be instantiated" % self._name)

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return _Special('Union')

    def __ror__(self, other):
        return _Special('Union')


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
Text = str
TYPE_CHECKING = False


def TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False):
    return _Special(name)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def _resolve_hint(value, globalns, localns):
    """A string annotation (a forward reference) names a class: looked up as CPython would eval it
    (locals, then globals, then builtins), for plain and dotted names; None means NoneType."""
    if value is None:
        return type(None)
    if not isinstance(value, str):
        return value
    parts = value.strip().split('.')
    if not all(p.isidentifier() for p in parts):
        return value  # an expression: Fora does not evaluate code from strings
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


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ns = globalns
            if ns is None:
                import sys as _sys
                ns = getattr(_sys.modules.get(base.__module__), '__dict__', None) if hasattr(_sys, 'modules') else None
            for k, v in (getattr(base, '__annotations__', None) or {}).items():
                hints[k] = _resolve_hint(v, ns, localns)
        return hints
    if globalns is None:
        globalns = getattr(obj, '__globals__', None)
    return {k: _resolve_hint(v, globalns, localns) for k, v in (getattr(obj, '__annotations__', None) or {}).items()}


class Generic:
    """Generic[T, ...] as a base: subscripting a generic class answers the class itself."""

    def __class_getitem__(cls, params):
        return cls


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


# ---- NamedTuple: class syntax and the functional form make collections.namedtuple classes ----

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__', '__qualname__', '__doc__'})


def _make_nmtuple(name, types, module, defaults=()):
    from collections import namedtuple
    fields = [n for n, t in types]
    nt = namedtuple(name, fields, defaults=defaults, module=module)
    nt.__annotations__ = dict(types)
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


class Protocol(metaclass=_ProtocolMeta):
    _is_protocol = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # a protocol names Protocol among its bases; a class that merely implements one does not
        cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls
