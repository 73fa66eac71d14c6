# SPDX-License-Identifier: Apache-2.0
"""array for Fora: typed arrays of numbers (and of characters, typecode 'u').

array subclasses list, so len(), iteration and `in` are plain list operations, and a[i] is one
Python call away from one (__getitem__ makes a slice an array, as CPython's is). Values are converted and range-checked whenever they enter the array (construction,
append, extend, insert, item and slice assignment), with CPython's errors: ints for the integer
codes (OverflowError outside the C type's range), floats for 'f' and 'd' ('f' rounds to single
precision). Differences from CPython: an index out of range says 'list index out of range';
the list methods sort, clear and copy are present. tobytes, frombytes and byteswap use the
machine's layout (little-endian, 8-byte longs) as CPython on x86-64 Linux; fromfile and tofile
are absent: computations do not open files.
"""

import math as _math
import _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
             'q': 8, 'Q': 8, 'f': 4, 'd': 8}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
_TOO_LARGE_LONG = 'Python int too large to convert to C long'


def _as_int(v):
    if v.__class__ is int:
        return v
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return v.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)


def _range(v, lo, hi, what):
    if v < lo:
        raise OverflowError(what + ' is less than minimum')
    if v > hi:
        raise OverflowError(what + ' is greater than maximum')


def _conv_b(v):
    v = _as_int(v)
    if -128 <= v <= 127:
        return v
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError(_TOO_LARGE_LONG)
    _range(v, -32768, 32767, 'signed short integer')
    _range(v, -128, 127, 'signed char')


def _conv_B(v):
    v = _as_int(v)
    if 0 <= v <= 255:
        return v
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError(_TOO_LARGE_LONG)
    _range(v, 0, 255, 'unsigned byte integer')


def _conv_h(v):
    v = _as_int(v)
    if -32768 <= v <= 32767:
        return v
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError(_TOO_LARGE_LONG)
    _range(v, -32768, 32767, 'signed short integer')


def _conv_H(v):
    v = _as_int(v)
    if 0 <= v <= 65535:
        return v
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError(_TOO_LARGE_LONG)
    _range(v, -2147483648, 2147483647, 'signed integer')
    _range(v, 0, 65535, 'unsigned short')


def _conv_i(v):
    v = _as_int(v)
    if -2147483648 <= v <= 2147483647:
        return v
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError(_TOO_LARGE_LONG)
    _range(v, -2147483648, 2147483647, 'signed integer')


def _conv_I(v):
    v = _as_int(v)
    if 0 <= v <= 4294967295:
        return v
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    raise OverflowError('unsigned int is greater than maximum')


def _conv_l(v):
    v = _as_int(v)
    if _LONG_MIN <= v <= _LONG_MAX:
        return v
    raise OverflowError(_TOO_LARGE_LONG)


def _conv_L(v):
    v = _as_int(v)
    if 0 <= v <= _ULONG_MAX:
        return v
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    raise OverflowError('Python int too large to convert to C unsigned long')


def _conv_q(v):
    v = _as_int(v)
    if _LONG_MIN <= v <= _LONG_MAX:
        return v
    raise OverflowError('int too big to convert')


def _conv_Q(v):
    v = _as_int(v)
    if 0 <= v <= _ULONG_MAX:
        return v
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    raise OverflowError('int too big to convert')


def _as_float(v):
    if v.__class__ is float:
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
        return float(v)
    raise TypeError('must be real number, not %s' % type(v).__name__)


_FLT_MAX = 3.4028234663852886e+38


def _round_f32(x):
    # the nearest IEEE single-precision value (ties to even), as a C (float) cast gives
    if x == 0.0 or x != x or x in (_math.inf, -_math.inf):
        return x
    m, e = _math.frexp(x)
    if e - 1 >= -126:
        r = _math.ldexp(float(round(_math.ldexp(m, 24))), e - 24)
    else:
        r = _math.ldexp(float(round(_math.ldexp(x, 149))), -149)
    if r > _FLT_MAX:
        return _math.inf
    if r < -_FLT_MAX:
        return -_math.inf
    return r


def _conv_f(v):
    return _round_f32(_as_float(v))


def _conv_d(v):
    if v.__class__ is float:
        return v
    return _as_float(v)


def _conv_u(v):
    if isinstance(v, str) and len(v) == 1:
        return v
    raise TypeError('array item must be unicode character')


_CONVERTERS = {'b': _conv_b, 'B': _conv_B, 'u': _conv_u, 'h': _conv_h, 'H': _conv_H,
               'i': _conv_i, 'I': _conv_I, 'l': _conv_l, 'L': _conv_L, 'q': _conv_q,
               'Q': _conv_Q, 'f': _conv_f, 'd': _conv_d}


_list_getitem = list.__getitem__
_list_setitem = list.__setitem__


class array(list):
    __fora_tp_name__ = 'array.array'  # how CPython's C type names itself in messages
    __hash__ = None

    # set up in __new__, as CPython's: a subclass's own __init__ need not call this one
    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        typecode = args[0]
        initializer = args[1] if len(args) > 1 else ()
        self = list.__new__(cls)
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        conv = _CONVERTERS.get(typecode)
        if conv is None:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self.itemsize = _ITEMSIZE[typecode]
        self._conv = conv
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r'
                                % typecode)
            list.extend(self, initializer)
        elif isinstance(initializer, array):
            if initializer.typecode == 'u' and typecode != 'u':
                raise TypeError('cannot use a unicode array to initialize an array with '
                                'typecode %r' % typecode)
            if initializer.typecode == typecode:
                list.extend(self, initializer)
            else:
                list.extend(self, [conv(v) for v in initializer])
        else:
            list.extend(self, [conv(v) for v in initializer])
        return self

    def __init__(self, *args, **kwargs):
        pass

    # -- writes: every value is converted ----------------------------------------------------

    # list's own methods called directly rather than through super(): an element read or write is
    # the hot path of array code (pyperformance's scimark)
    def __getitem__(self, index):
        if index.__class__ is slice:
            return array(self.typecode, _list_getitem(self, index))
        return _list_getitem(self, index)

    def __setitem__(self, index, value):
        if index.__class__ is slice:
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value.typecode != self.typecode:
                raise TypeError('bad argument type for built-in operation')
            _list_setitem(self, index, list(value))
        else:
            _list_setitem(self, index, self._conv(value))

    def append(self, value):
        super().append(self._conv(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError('can only extend with array of same kind')
            super().extend(iterable)
        else:
            conv = self._conv
            super().extend([conv(v) for v in iterable])

    def insert(self, index, value):
        super().insert(index, self._conv(value))

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        conv = self._conv
        super().extend([conv(v) for v in items])

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        if self.typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        super().extend(s)

    # -- list methods with array's messages ------------------------------------------------

    def pop(self, index=-1):
        if not self:
            raise IndexError('pop from empty array')
        return super().pop(index)

    def index(self, value, start=0, stop=None):
        if stop is None:
            stop = len(self)
        try:
            return super().index(value, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def remove(self, value):
        try:
            super().remove(value)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    # -- whole-array operations --------------------------------------------------------------

    def _format(self, n):
        return '<%d%s' % (n, 'I' if self.typecode == 'u' else self.typecode.replace('l', 'q').replace('L', 'Q'))

    def tobytes(self):
        if self.typecode == 'u':
            return _struct.pack(self._format(len(self)), *[ord(c) for c in self])
        return _struct.pack(self._format(len(self)), *self)

    def __buffer__(self, flags=0):
        # bytes(a), bytearray(a), memoryview(a), struct and hashlib read the array's bytes (a copy)
        return memoryview(self.tobytes())

    def frombytes(self, data):
        data = bytes(data)
        if len(data) % self.itemsize:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(self._format(len(data) // self.itemsize), data)
        if self.typecode == 'u':
            values = [chr(v) for v in values]
        super().extend(values)

    def byteswap(self):
        if self.typecode == 'u':
            raise RuntimeError("don't know how to byteswap this array type")
        n = len(self)
        raw = self.tobytes()
        size = self.itemsize
        swapped = b''.join([raw[i:i + size][::-1] for i in range(0, len(raw), size)])
        values = _struct.unpack(self._format(n), swapped)
        for i in range(n):
            list.__setitem__(self, i, values[i])

    def tolist(self):
        return list(self)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self)

    def buffer_info(self):
        return (id(self), len(self))

    def __copy__(self):
        return array(self.typecode, self)

    def __deepcopy__(self, memo):
        return array(self.typecode, self)

    def __reduce_ex__(self, protocol):
        return (array, (self.typecode, list(self)))

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return '%s(%r)' % (name, self.typecode)
        if self.typecode == 'u':
            return '%s(%r, %r)' % (name, self.typecode, ''.join(self))
        return '%s(%r, %s)' % (name, self.typecode, list.__repr__(self))

    __str__ = __repr__

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError('bad argument type for built-in operation')
        return array(self.typecode, list(self) + list(other))

    def __radd__(self, other):
        raise TypeError('can only concatenate %s (not "array.array") to %s'
                        % (type(other).__name__, type(other).__name__))

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError('can only extend with array of same kind')
        super().extend(other)
        return self

    def __mul__(self, n):
        return array(self.typecode, list(self) * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self) * n
        super().clear()
        super().extend(items)
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented if not isinstance(other, list) else False
        return len(self) == len(other) and list(self) == list(other)

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented if not isinstance(other, list) else True
        return len(self) != len(other) or list(self) != list(other)

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return list(self) >= list(other)


ArrayType = array
