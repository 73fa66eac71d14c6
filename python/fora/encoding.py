# SPDX-License-Identifier: Apache-2.0
"""Fora's tagged JSON encoding of Python values (docs/value-encoding.md)."""
import base64
import json
import math
import sys

EXACT = 2 ** 53

if hasattr(sys, "set_int_max_str_digits"):
    try:
        sys.set_int_max_str_digits(0)
    except Exception:  # pragma: no cover
        pass


class NotEncodable(Exception):
    """A value with no JSON form (it has to travel as source)."""

    def __init__(self, value):
        super().__init__(type(value).__name__)
        self.value = value


class Opaque(object):
    """A downloaded value with no JSON form: its ``repr()`` and its type's name."""

    __slots__ = ("repr", "type")

    def __init__(self, repr, type):
        self.repr = repr
        self.type = type

    def __repr__(self):
        return self.repr

    def __eq__(self, other):
        return isinstance(other, Opaque) and (self.repr, self.type) == (other.repr, other.type)

    def __hash__(self):
        return hash((self.repr, self.type))


_REBUILD = {
    "Fraction": ("fractions", "Fraction"), "Decimal": ("decimal", "Decimal"),
    "deque": ("collections", "deque"), "Counter": ("collections", "Counter"),
    "OrderedDict": ("collections", "OrderedDict"), "date": ("datetime", "date"),
    "datetime": ("datetime", "datetime"), "timedelta": ("datetime", "timedelta"), "time": ("datetime", "time"),
}


def rebuild(text, type_name):
    """The standard-library value a ``$repr`` stands for (Fraction, Decimal, deque, datetime...),
    or an :class:`Opaque`. Only a call of the expected class with literal arguments is read."""
    spec = _REBUILD.get(type_name)
    if spec is not None:
        try:
            import ast
            import importlib
            node = ast.parse(text, mode="eval").body
            fn = node.func if isinstance(node, ast.Call) else None
            fname = fn.id if isinstance(fn, ast.Name) else fn.attr if isinstance(fn, ast.Attribute) else None
            if fname == spec[1]:
                args = [ast.literal_eval(a) for a in node.args]
                kwargs = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg}
                cls = getattr(importlib.import_module(spec[0]), spec[1])
                return cls(*args, **kwargs)
        except Exception:
            pass
    return Opaque(text, type_name)


def encode(v, ref_of=None, _depth=0):
    """A Python value as plain JSON data. ``ref_of(v)`` returns an id for remote objects.

    Raises NotEncodable for values that have no JSON form (functions, instances...)."""
    t = type(v)
    if v is None or t is bool or t is str:
        return v
    if t is int:
        return v if -EXACT < v < EXACT else {"$int": str(v)}
    if t is float:
        if math.isnan(v):
            return {"$float": "nan"}
        if math.isinf(v):
            return {"$float": "inf" if v > 0 else "-inf"}
        return v
    if _depth > 900:
        raise NotEncodable(v)
    d = _depth + 1
    if t is list:
        return [encode(x, ref_of, d) for x in v]
    if t is tuple:
        return {"$tuple": [encode(x, ref_of, d) for x in v]}
    if t is dict:
        return {"$dict": [[encode(k, ref_of, d), encode(x, ref_of, d)] for k, x in v.items()]}
    if t is set:
        return {"$set": [encode(x, ref_of, d) for x in v]}
    if t is frozenset:
        return {"$frozenset": [encode(x, ref_of, d) for x in v]}
    if t is bytes:
        return {"$bytes": base64.b64encode(v).decode("ascii")}
    if t is bytearray:
        return {"$bytearray": base64.b64encode(bytes(v)).decode("ascii")}
    if ref_of is not None:
        rid = ref_of(v)
        if rid is not None:
            return {"$ref": rid}
    raise NotEncodable(v)


def is_encodable(v, ref_of=None):
    try:
        encode(v, ref_of)
        return True
    except (NotEncodable, RecursionError):
        return False


def dumps(v):
    return json.dumps(v, allow_nan=False, separators=(",", ":"))


# Classes this process sent to the server, by the qualified name they have there: an instance that
# comes back ({"$instance": [module, qualname, state]}) is rebuilt as an object of the local class.
_SENT_CLASSES = {}


def register_class(qualname, cls):
    _SENT_CLASSES[qualname] = cls


class RemoteInstance(object):
    """An instance of a class this process does not have (one the block defined): its attributes,
    and the class's name in ``__fora_class__``."""

    def __init__(self, module, qualname, state):
        self.__dict__.update(state)
        self.__dict__["__fora_class__"] = qualname

    def __repr__(self):
        attrs = ", ".join("%s=%r" % kv for kv in self.__dict__.items() if kv[0] != "__fora_class__")
        return "<%s instance (from Fora): %s>" % (self.__dict__["__fora_class__"], attrs)


def rebuild_instance(parts):
    module, qualname, state = parts
    cls = _SENT_CLASSES.get(qualname)
    if cls is None:
        return RemoteInstance(module, qualname, state)
    obj = cls.__new__(cls)
    for k, v in state.items():
        try:
            object.__setattr__(obj, k, v)
        except (AttributeError, TypeError):
            obj.__dict__[k] = v
    return obj


def decoder(make_ref):
    """A json ``object_hook`` that reads tag objects; ``make_ref(id)`` makes remote objects."""
    tags = {
        "$int": int,
        "$float": float,
        "$tuple": tuple,
        "$dict": lambda pairs: {k: v for k, v in pairs},
        "$set": set,
        "$frozenset": frozenset,
        "$bytes": lambda s: base64.b64decode(s),
        "$bytearray": lambda s: bytearray(base64.b64decode(s)),
        "$ref": make_ref,
        "$instance": rebuild_instance,
    }

    def hook(o):
        if len(o) == 1:
            [(key, value)] = o.items()
            f = tags.get(key)
            if f is not None:
                return f(value)
        if len(o) == 2 and "$repr" in o and "$type" in o:
            return rebuild(o["$repr"], o["$type"])
        return o

    return hook


def loads(text, make_ref):
    return json.loads(text, object_hook=decoder(make_ref))
