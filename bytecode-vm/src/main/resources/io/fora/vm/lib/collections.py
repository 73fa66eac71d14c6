# collections for Fora: namedtuple and Counter (immutable values built at construction); deque,
# defaultdict and OrderedDict exist to be mutated and are absent.


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(str(f) for f in field_names)
    for name in (typename,) + fields:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
    seen = set()
    for name in fields:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen = seen | {name}
    field_defaults = {} if defaults is None else dict(zip(fields[len(fields) - len(tuple(defaults)):], tuple(defaults)))
    n = len(fields)

    class _NamedTuple(tuple):
        __slots__ = ()
        _fields = fields
        _field_defaults = field_defaults

        def __new__(cls, *args, **kwargs):
            if len(args) > n:
                raise TypeError('%s() takes %d positional arguments but %d were given' % (typename, n + 1, len(args) + 1))
            values = list(args)
            for name in fields[len(args):]:
                if name in kwargs:
                    values = values + [kwargs[name]]
                elif name in field_defaults:
                    values = values + [field_defaults[name]]
                else:
                    raise TypeError("%s() missing 1 required positional argument: '%s'" % (typename, name))
            for name in kwargs:
                if name not in fields:
                    raise TypeError("%s() got an unexpected keyword argument '%s'" % (typename, name))
                if fields.index(name) < len(args):
                    raise TypeError("%s() got multiple values for argument '%s'" % (typename, name))
            return tuple.__new__(cls, values)

        def __getattr__(self, name):
            if name in fields:
                return self[fields.index(name)]
            raise AttributeError("'%s' object has no attribute '%s'" % (typename, name))

        def __repr__(self):
            return typename + '(' + ', '.join('%s=%r' % (f, v) for f, v in zip(fields, self)) + ')'

        def _asdict(self):
            return dict(zip(fields, self))

        def _replace(self, **kwargs):
            for name in kwargs:
                if name not in fields:
                    raise ValueError('Got unexpected field names: %r' % [name])
            return type(self)(*[kwargs[f] if f in kwargs else v for f, v in zip(fields, self)])

        @classmethod
        def _make(cls, iterable):
            return cls(*iterable)

    return _NamedTuple


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        counts = {}
        if iterable is not None:
            if isinstance(iterable, dict):
                for k in iterable:
                    counts = counts | {k: counts.get(k, 0) + iterable[k]}
            else:
                for x in iterable:
                    counts = counts | {x: counts.get(x, 0) + 1}
        for k in kwds:
            counts = counts | {k: counts.get(k, 0) + kwds[k]}
        super().__init__(counts)

    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        return (k for k in self for _ in range(self[k]))

    def total(self):
        return sum(self.values())

    def __repr__(self):
        if not self:
            return 'Counter()'
        return 'Counter({' + ', '.join('%r: %r' % kv for kv in self.most_common()) + '})'

    def _combine(self, other, op, only_self):
        # CPython's Counter arithmetic: keys of self then of other, positive counts kept
        if not isinstance(other, Counter):
            return NotImplemented
        result = {}
        for k in self:
            v = op(self[k], other[k])
            if v > 0:
                result = result | {k: v}
        if not only_self:
            for k in other:
                if k not in self:
                    v = op(0, other[k])
                    if v > 0:
                        result = result | {k: v}
        return Counter(result)

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b, False)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b, False)

    def __or__(self, other):
        return self._combine(other, lambda a, b: a if a > b else b, False)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b, True)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return dict.__eq__(self, other)
        return all(self[k] == other[k] for k in self) and all(self[k] == other[k] for k in other)

    def __ne__(self, other):
        return not self == other
