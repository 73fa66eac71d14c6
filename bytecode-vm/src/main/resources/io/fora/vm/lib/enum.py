# SPDX-License-Identifier: Apache-2.0
"""enum for Fora: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique, after CPython 3.11.

EnumType, the metaclass, gives the class its iteration, len(), `in`, Color['RED'] and repr, and
its class body (_EnumDict) refuses a name given twice. Members are instances of their class with
.name and .value, CPython 3.11's repr and str, hash by name, and the mixed-in type's behaviour for
IntEnum, StrEnum and IntFlag. Color.__members__ is a dict, not a mappingproxy.
"""

__all__ = ['Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'EnumType',
           'EnumMeta', 'auto', 'unique', 'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT',
           'KEEP', 'property', 'global_enum', 'member', 'nonmember', 'verify', 'EnumCheck',
           'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'show_flag_values']

_builtin_property = property


class _EnumDict(dict):
    """An enum's class body: a name given a member value twice is CPython's TypeError."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = set()

    def __setitem__(self, key, value):
        if (isinstance(key, str) and not (_is_dunder(key) or _is_sunder(key) or _is_private(self._cls_name, key))
                and not isinstance(value, nonmember)):
            if key in self._member_names:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if not _is_descriptor(value):
                if key in self:
                    raise TypeError('%r already defined as %r' % (key, self[key]))
                self._member_names.add(key)
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of enums: iterating, len(), `in`, Color['RED'] and repr() of the class."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(cls)

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls.__dict__.get('_member_names_', ()))

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls.__dict__.get('_member_names_', ())))

    def __len__(cls):
        return len(cls.__dict__.get('_member_names_', ()))

    def __setattr__(cls, name, value):
        # a member cannot be rebound (CPython's EnumType)
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        super().__delattr__(name)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, type(cls).__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__


Flag = None


EnumMeta = EnumType


_Flag = None  # Flag, once defined


class auto:
    def __init__(self, value=None):
        self.value = value if value is not None else _auto_null

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # RW = READ | WRITE in a Flag's body, READ and WRITE auto(): CPython has given them their
    # values by then; here the combination waits for them (_AutoOp), in definition order
    def __or__(self, other):
        return _AutoOp(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoOp(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoOp(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoOp(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoOp(lambda a, b: a ^ b, other, self)


class _AutoOp(auto):
    """A value computed from auto() values once they have theirs."""

    def __init__(self, op, a, b):
        self._op, self._a, self._b = op, a, b
        self.value = _auto_null

    def resolve(self):
        return self._op(_auto_resolve(self._a), _auto_resolve(self._b))


def _auto_resolve(x):
    if isinstance(x, _AutoOp):
        return x.resolve()
    if isinstance(x, auto):
        return x.value
    return x


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def property(fget=None, fset=None, fdel=None, doc=None):
    return _builtin_property(fget)


STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'


class FlagBoundary:
    STRICT = STRICT
    CONFORM = CONFORM
    EJECT = EJECT
    KEEP = KEEP


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith('__')


_function_type = type(lambda: None)


def _is_descriptor(value):
    return isinstance(value, (_function_type, classmethod, staticmethod, _builtin_property))


_BUILTIN_MIXINS = (int, str, float, tuple, list, dict, set, frozenset)


def _member_type(cls):
    for klass in cls.__mro__:
        if klass in _BUILTIN_MIXINS:
            return klass
    return object


def _find_new_member(cls):
    # an enum's own __new__ (CPython's __new_member__) makes its members
    for klass in cls.__mro__:
        if klass is Enum or klass in _BUILTIN_MIXINS or klass is object:
            return None
        if '_new_member_' in klass.__dict__:
            return _unwrap(klass.__dict__['_new_member_'])
        if '__new__' in klass.__dict__:
            fn = _unwrap(klass.__new__)
            if fn is not _enum_new:
                return fn
    return None


def _unwrap(fn):
    return getattr(fn, '__func__', fn)


def _noop_init(self, *args, **kwds):
    pass


def _own_str_format(self, format_spec):
    return str(self) if not format_spec else format(self._value_, format_spec)


def _setup(cls):
    if '_member_map_' in cls.__dict__:
        return
    ns = cls.__dict__
    if '__str__' in ns and '__format__' not in ns and any(t in cls.__mro__ for t in (int, str, float)):
        # a mixed-in enum with its own __str__: format() with no spec shows it, a spec formats the value (CPython 3.11)
        cls.__format__ = _own_str_format
    ignore = ns.get('_ignore_', ())
    if isinstance(ignore, str):
        ignore = ignore.replace(',', ' ').split()
    candidates = []
    for name in list(ns):
        value = ns[name]
        if name in ignore or _is_dunder(name) or _is_sunder(name) or _is_private(cls.__name__, name):
            continue
        if isinstance(value, nonmember):
            setattr(cls, name, value.value)
            continue
        if isinstance(value, member):
            value = value.value
        elif _is_descriptor(value):
            continue
        candidates.append((name, value))
    if candidates:
        for base in cls.__mro__[1:]:
            if '_member_names_' in base.__dict__ and base._member_names_:
                raise TypeError('<enum %r> cannot extend %r' % (cls.__name__, base))
    member_type = _member_type(cls)
    new_member = None
    if '__new__' in ns and _unwrap(cls.__new__) is not _enum_new:
        new_member = _unwrap(cls.__new__)
        cls._new_member_ = staticmethod(new_member)
        setattr(cls, '__new__', staticmethod(_enum_new))
    else:
        new_member = _find_new_member(cls)
    init = None
    for klass in cls.__mro__:
        if '__init__' in klass.__dict__:
            init = klass.__dict__['__init__']
            break
    cls._member_names_ = []
    cls._member_map_ = {}
    cls._value2member_map_ = {}
    cls._unhashable_values_ = []
    cls._member_type_ = member_type
    last_values = []
    for name, value in candidates:
        if isinstance(value, _AutoOp):
            value.value = value.resolve()
        if isinstance(value, auto):
            if value.value is _auto_null:
                value.value = cls._generate_next_value_(name, 1, len(last_values), last_values[:])
            value = value.value
        if isinstance(value, tuple) and len(value) > 0 and isinstance(value[0], auto):
            value = tuple(v.value if not isinstance(v, auto) else
                          cls._generate_next_value_(name, 1, len(last_values), last_values[:])
                          for v in value)
        last_values.append(value)
        if isinstance(value, tuple) and member_type is not tuple:
            args = value
        else:
            args = (value,)
        if new_member is not None:
            m = new_member(cls, *args)
        elif member_type is object:
            m = object.__new__(cls)
        else:
            m = member_type.__new__(cls, *args)
        if not hasattr(m, '_value_'):
            if member_type is object:
                m._value_ = value
            else:
                m._value_ = member_type(*args)
        value = m._value_
        m._name_ = name
        m.__objclass__ = cls
        if init is not None and init is not _noop_init and init is not Enum.__dict__['__init__']:
            init(m, *args)
        canonical = None
        for other in cls._member_map_.values():
            if other._value_ == value and other._name_ == cls._member_map_[other._name_]._name_:
                canonical = other
                break
        if canonical is not None and not cls._is_flag_alias_ok():
            m = canonical
        elif canonical is not None:
            m = canonical
        elif _Flag is None or not issubclass(cls, _Flag) or (isinstance(value, int) and value > 0
                                                             and value & (value - 1) == 0):
            # a Flag's members with several bits (or none) are aliases: not iterated, as in 3.11
            cls._member_names_.append(name)
        cls._member_map_[name] = m
        try:
            if value not in cls._value2member_map_:
                cls._value2member_map_[value] = m
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, m)
    # Color(value) now only looks members up: a later __init__ call must not redo the work
    if '__init__' in ns:
        setattr(cls, '__init__', _noop_init)
    # and so does S(value) of an enum with a mixed-in type (str, float, tuple...): its __new__
    # would otherwise be the mixed-in type's, making a new object (CPython's metaclass sets it too)
    if member_type is not object and '__new__' not in cls.__dict__:
        setattr(cls, '__new__', staticmethod(_enum_new))
    cls.__members__ = dict(cls._member_map_)
    cls._finish_setup_()


def _enum_new(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
            boundary=None):
    if names is not None:
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start)
    _setup(cls)
    if value.__class__ is cls:
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    for m in cls._member_map_.values():
        if m._value_ == value:
            return m
    result = cls._missing_(value)
    if isinstance(result, cls):
        return result
    if result is None:
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
    raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                    % (cls.__name__, result))



class Enum(metaclass=EnumType):
    @classmethod
    def _is_flag_alias_ok(cls):
        return True

    @classmethod
    def _finish_setup_(cls):
        pass

    __new__ = _enum_new

    def __init__(self, *args, **kwds):
        pass

    def __init_subclass__(cls, **kwds):
        # members are made when the class is, as CPython's metaclass makes them
        _setup(cls)

    @classmethod
    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        ns = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original = names
            names = []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            ns[name] = value
        enum_class = _make_class(class_name, bases, ns)
        _setup(enum_class)
        return enum_class

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_

    def __repr__(self):
        v_repr = repr(self._value_)
        if self._name_ is None:
            return '<%s: %s>' % (type(self).__name__, v_repr)
        return '<%s.%s: %s>' % (type(self).__name__, self._name_, v_repr)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    # only the repr is the enum's; str() and format() are the mixed-in type's
    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    __new__ = _enum_new

    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, ReprEnum):
    __new__ = _enum_new

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


def _bin(num, max_bits=None):
    """CPython's enum.bin: '0b0 111', with the sign bit apart (as in STRICT flags' errors)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


def _bits(value):
    return bin(value).count('1')


class Flag(Enum):
    _boundary_ = STRICT

    @classmethod
    def _finish_setup_(cls):
        mask = 0
        singles = 0
        for name in cls._member_names_:
            v = cls._member_map_[name]._value_
            mask |= v
            if v and v & (v - 1) == 0:
                singles |= v
        cls._flag_mask_ = mask
        cls._singles_mask_ = singles
        cls._all_bits_ = 2 ** mask.bit_length() - 1

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & (v - 1) == 0 and v & value == v:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask):
            if boundary == STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary == CONFORM:
                value = value & flag_mask
            elif boundary == EJECT:
                return value
        if value < 0:
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(member_value)]
        if unknown:
            names.append(repr(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(type(self)._iter_member_(self._value_)))

    def __len__(self):
        return _bits(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)



_Flag = Flag

class IntFlag(int, ReprEnum, Flag):
    __new__ = _enum_new
    _boundary_ = KEEP

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __repr__(self):
        return Flag.__repr__(self)

    def __or__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(~self._value_)


def _make_class(name, bases, ns):
    return type(name, bases, ns)


def unique(enumeration):
    _setup(enumeration)
    duplicates = [(name, m._name_) for name, m in enumeration._member_map_.items()
                  if name != m._name_]
    if duplicates:
        alias_details = ', '.join('%s -> %s' % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in <enum %r>: %s"
                         % (enumeration.__name__, alias_details))
    return enumeration


def global_enum(cls):
    _setup(cls)
    return cls


class EnumCheck(StrEnum):
    """various conditions to check an enumeration for"""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


def show_flag_values(value):
    return [1 << i for i in range(value.bit_length()) if value >> i & 1]


class verify:
    """Checks an enumeration for the given conditions (UNIQUE, CONTINUOUS, NAMED_FLAGS), raising ValueError."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        _setup(enumeration)
        name = enumeration.__name__
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(alias, m._name_) for alias, m in enumeration._member_map_.items() if alias != m._name_]
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
            elif check is CONTINUOUS:
                values = {m.value for m in enumeration}
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    missing = [1 << i for i in range(low.bit_length(), high.bit_length() - 1) if (1 << i) not in values]
                else:
                    missing = [v for v in range(low + 1, high) if v not in values]
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s'
                                      % (kind, name, ', '.join(str(v) for v in missing)))[:256])
            elif check is NAMED_FLAGS:
                named = {m.value for m in enumeration}
                names, missed = [], 0
                for alias, m in enumeration._member_map_.items():
                    if alias in enumeration._member_names_ or m.value < 0:
                        continue
                    lost = [bit for bit in show_flag_values(m.value) if bit not in named]
                    if lost:
                        names.append(alias)
                        for bit in lost:
                            missed |= bit
                if names:
                    who = ('alias %s is missing' % names[0] if len(names) == 1
                           else 'aliases %s and %s are missing' % (', '.join(names[:-1]), names[-1]))
                    what = ('value 0x%x' % missed if missed & (missed - 1) == 0
                            else 'combined values of 0x%x' % missed)
                    raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                                     % (name, who, what))
        return enumeration
