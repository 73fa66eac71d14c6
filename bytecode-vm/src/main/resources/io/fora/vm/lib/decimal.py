# SPDX-License-Identifier: Apache-2.0
"""Decimal fixed- and floating-point arithmetic (pure-Python implementation for Fora).

Implements the General Decimal Arithmetic Specification as exposed by
CPython's ``decimal`` module.  Written from the specification; finite
values are stored as (sign, integer coefficient, exponent).
"""

import math as _math

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# order used by the C implementation for flags/traps listings
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]

# conditions that are reported through the InvalidOperation signal
_INVALID_CONDS = [InvalidOperation, ConversionSyntax, DivisionImpossible,
                  DivisionUndefined, InvalidContext]

_COND_ORDER = _INVALID_CONDS + _SIGNALS[1:]

# order used by Context.__repr__
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, FloatOperation,
               Inexact, Overflow, Rounded, Subnormal, Underflow]


def _signal_of(cond):
    if cond in _INVALID_CONDS:
        return InvalidOperation
    return cond


for _c in _COND_ORDER:
    try:
        _c.__module__ = 'decimal'
    except Exception:
        pass


# ---------------------------------------------------------------------------
# Integer helpers

_P10_SMALL = [10 ** _i for _i in range(64)]
_P10_CACHE = {}


def _p10(k):
    if k < 64:
        return _P10_SMALL[k]
    v = _P10_CACHE.get(k)
    if v is None:
        v = 10 ** k
        if len(_P10_CACHE) > 256:
            _P10_CACHE.clear()
        _P10_CACHE[k] = v
    return v


_SMALL_LIMIT = 10 ** 18


def _nd(n):
    """Number of decimal digits of the non-negative int n (0 has 1 digit)."""
    if n < _SMALL_LIMIT:
        return len(str(n))
    b = n.bit_length()
    d = ((b - 1) * 30102999566398) // 100000000000000 + 1
    if n >= _p10(d):
        d += 1
    return d


_STR_CHUNK = 3000
_STR_LIMIT = 10 ** _STR_CHUNK


def _i2s(n):
    """str() of a non-negative int without hitting int/str size limits."""
    if n < _STR_LIMIT:
        return str(n)
    k = _nd(n) // 2
    hi, lo = divmod(n, _p10(k))
    s = _i2s(lo)
    return _i2s(hi) + '0' * (k - len(s)) + s


def _s2i(s):
    """int() of a string of ASCII digits of any length."""
    n = len(s)
    if n <= _STR_CHUNK:
        return int(s)
    k = n // 2
    return _s2i(s[:n - k]) * _p10(k) + _s2i(s[n - k:])


def _strip_zeros(c, e, max_e):
    """Remove trailing zeros from c while e < max_e."""
    if c == 0:
        return c, e
    while e < max_e:
        room = max_e - e
        # try to remove a big chunk at once
        step = 1
        while step * 2 <= room and step < 64:
            step *= 2
        while step >= 1:
            if step <= room:
                q, r = divmod(c, _p10(step))
                if r == 0:
                    c = q
                    e += step
                    break
            step //= 2
        else:
            return c, e
        if step == 0:
            return c, e
    return c, e


def _round_up(rounding, sign, q, r, p):
    """Whether truncated quotient q (with remainder r of divisor p) must be
    incremented to round away from zero."""
    if r == 0:
        return False
    if rounding == ROUND_HALF_EVEN:
        r2 = r + r
        return r2 > p or (r2 == p and (q & 1) == 1)
    if rounding == ROUND_HALF_UP:
        return r + r >= p
    if rounding == ROUND_HALF_DOWN:
        return r + r > p
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    # ROUND_05UP
    d = q % 10
    return d == 0 or d == 5


def _round_digits(c, k, rounding, sign):
    """Drop k (>0) digits from c.  Returns (new_c, inexact)."""
    p = _p10(k)
    q, r = divmod(c, p)
    if _round_up(rounding, sign, q, r, p):
        q += 1
    return q, r != 0


# ---------------------------------------------------------------------------
# Decimal

_KIND_FINITE = 0
_KIND_INF = 1
_KIND_NAN = 2
_KIND_SNAN = 3

class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""

    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    @property
    def sign(self):
        return self[0]

    @property
    def digits(self):
        return self[1]

    @property
    def exponent(self):
        return self[2]

    def _asdict(self):
        return {'sign': self[0], 'digits': self[1], 'exponent': self[2]}

    def _replace(self, **kw):
        v = self._asdict()
        v.update(kw)
        return DecimalTuple(v['sign'], v['digits'], v['exponent'])

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % (
            self[0], self[1], self[2])


def _mk(sign, coef, exp, kind=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._kind = kind
    return d


def _nan_result(dec, ctx):
    """Quiet NaN derived from dec (a NaN) with payload fitted to ctx."""
    payload = dec._int
    if payload:
        maxlen = ctx.prec - ctx.clamp
        if _nd(payload) > maxlen:
            payload = payload % _p10(maxlen) if maxlen > 0 else 0
    return _mk(dec._sign, payload, 0, _KIND_NAN)


def _check_nans(a, b, ctx):
    """NaN propagation.  Returns a result or None."""
    if a._kind < 2 and (b is None or b._kind < 2):
        return None
    if a._kind == _KIND_SNAN:
        ctx._signal([InvalidOperation])
        return _nan_result(a, ctx)
    if b is not None and b._kind == _KIND_SNAN:
        ctx._signal([InvalidOperation])
        return _nan_result(b, ctx)
    if a._kind == _KIND_NAN:
        return _nan_result(a, ctx)
    return _nan_result(b, ctx)


_NUM_CHARS = set('0123456789')


def _ascii_digits(s):
    out = []
    for ch in s:
        if ch > '\x7f':
            if not ch.isdecimal():
                return None
            try:
                out.append(str(int(ch)))
            except ValueError:
                return None
        else:
            out.append(ch)
    return ''.join(out)


def _parse_string(s):
    """Parse a numeric string.  Returns (sign, coef, exp, kind) or None."""
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    for ch in s:
        if ch > '\x7f':
            s = _ascii_digits(s)
            if s is None:
                return None
            break
    if not s:
        return None
    sign = 0
    if s[0] == '-':
        sign = 1
        s = s[1:]
    elif s[0] == '+':
        s = s[1:]
    if not s:
        return None
    low = s.lower()
    if low in ('inf', 'infinity'):
        return (sign, 0, 0, _KIND_INF)
    if low.startswith('nan') or low.startswith('snan'):
        if low[0] == 's':
            kind = _KIND_SNAN
            diag = low[4:]
        else:
            kind = _KIND_NAN
            diag = low[3:]
        if diag:
            for ch in diag:
                if ch not in _NUM_CHARS:
                    return None
            payload = _s2i(diag)
        else:
            payload = 0
        return (sign, payload, 0, kind)
    # finite number
    epos = -1
    for i in range(len(low)):
        if low[i] == 'e':
            epos = i
            break
    exp = 0
    if epos >= 0:
        es = low[epos + 1:]
        low = low[:epos]
        if not es:
            return None
        esign = 1
        if es[0] in '+-':
            if es[0] == '-':
                esign = -1
            es = es[1:]
        if not es:
            return None
        for ch in es:
            if ch not in _NUM_CHARS:
                return None
        exp = esign * _s2i(es)
    dot = low.find('.')
    if dot >= 0:
        intpart = low[:dot]
        frac = low[dot + 1:]
    else:
        intpart = low
        frac = ''
    if not intpart and not frac:
        return None
    digits = intpart + frac
    for ch in digits:
        if ch not in _NUM_CHARS:
            return None
    return (sign, _s2i(digits), exp - len(frac), _KIND_FINITE)


def _from_float(f):
    if f != f:
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        return _mk(sign, 0, 0, _KIND_NAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_FLOAT, -_INF_FLOAT):
        return _mk(sign, 0, 0, _KIND_INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    if k == 0:
        return _mk(sign, n, 0)
    return _mk(sign, n * 5 ** k, -k)


_INF_FLOAT = float('inf')


def _convert(other, allow_float=False, ctx=None):
    """Convert an operand for arithmetic.  Returns Decimal or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        if type(other) is not int:
            other = int(other)
        if other < 0:
            return _mk(1, -other, 0)
        return _mk(0, other, 0)
    if allow_float and isinstance(other, float):
        return _from_float(other)
    return NotImplemented


def _binop_fail(self, other, sym, reflected):
    if isinstance(other, float):
        a = 'decimal.Decimal'
        b = 'float'
        if reflected:
            a, b = b, a
        raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                        % (sym, a, b))
    return NotImplemented


def _convert_strict(other):
    r = _convert(other)
    if r is NotImplemented:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return r


class Decimal(object):
    """Floating-point decimal number."""
    __fora_tp_name__ = 'decimal.Decimal'  # how CPython's C type names itself in messages

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            r = _parse_string(value)
            if r is None:
                if context is None:
                    context = getcontext()
                context._signal([ConversionSyntax])
                self._sign = 0
                self._int = 0
                self._exp = 0
                self._kind = _KIND_NAN
                return self
            sign, coef, exp, kind = r
            if kind >= 2 and coef:
                if context is None:
                    context = getcontext()
                if _nd(coef) > context.prec - context.clamp:
                    context._signal([ConversionSyntax])
                    self._sign = 0
                    self._int = 0
                    self._exp = 0
                    self._kind = _KIND_NAN
                    return self
            self._sign = sign
            self._int = coef
            self._exp = exp
            self._kind = kind
            return self
        if isinstance(value, int):
            if type(value) is not int:
                value = int(value)
            if value < 0:
                self._sign = 1
                self._int = -value
            else:
                self._sign = 0
                self._int = value
            self._exp = 0
            self._kind = 0
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._kind = value._kind
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._signal([FloatOperation])
            d = _from_float(value)
            self._sign = d._sign
            self._int = d._int
            self._exp = d._exp
            self._kind = d._kind
            return self
        if isinstance(value, (tuple, list)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if not (isinstance(sign, int) and sign in (0, 1)):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if exp == 'F':
                self._sign = sign
                self._int = 0
                self._exp = 0
                self._kind = _KIND_INF
                return self
            coef = 0
            for dg in digits:
                if isinstance(dg, int) and 0 <= dg <= 9:
                    coef = coef * 10 + dg
                else:
                    raise ValueError("coefficient must be a tuple of digits")
            if exp == 'n' or exp == 'N':
                self._sign = sign
                self._int = coef
                self._exp = 0
                self._kind = _KIND_NAN if exp == 'n' else _KIND_SNAN
                return self
            if isinstance(exp, str):
                raise ValueError("string argument in the third position "
                                 "must be 'F', 'n' or 'N'")
            if not isinstance(exp, int):
                raise ValueError("exponent must be an integer")
            self._sign = sign
            self._int = coef
            self._exp = exp
            self._kind = 0
            return self
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _convert(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        if cls is Decimal:
            return d
        return cls(d)

    # -- basic properties --------------------------------------------------

    def _isinteger(self):
        if self._kind:
            return False
        if self._exp >= 0 or self._int == 0:
            return True
        return self._int % _p10(-self._exp) == 0

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _nd(self._int) - 1

    def as_tuple(self):
        if self._kind == _KIND_INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind >= 2:
            digits = tuple(int(ch) for ch in _i2s(self._int)) if self._int else ()
            return DecimalTuple(self._sign, digits,
                                'n' if self._kind == _KIND_NAN else 'N')
        return DecimalTuple(self._sign, tuple(int(ch) for ch in _i2s(self._int)),
                            self._exp)

    def as_integer_ratio(self):
        if self._kind:
            if self._kind >= 2:
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        c = self._int
        if c == 0:
            return (0, 1)
        if self._exp >= 0:
            n = c * _p10(self._exp)
            d = 1
        else:
            d = _p10(-self._exp)
            g = _math.gcd(c, d)
            n = c // g
            d = d // g
        return (-n if self._sign else n, d)

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return self._kind == 0

    def is_infinite(self):
        return self._kind == _KIND_INF

    def is_nan(self):
        return self._kind >= 2

    def is_qnan(self):
        return self._kind == _KIND_NAN

    def is_snan(self):
        return self._kind == _KIND_SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == 0 and self._int == 0

    def is_normal(self, context=None):
        if self._kind or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._kind or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def radix(self):
        return _mk(0, 10, 0)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _mk(0, 0, 0)

    def conjugate(self):
        return self

    def number_class(self, context=None):
        if self._kind == _KIND_SNAN:
            return 'sNaN'
        if self._kind == _KIND_NAN:
            return 'NaN'
        sg = '-' if self._sign else '+'
        if self._kind == _KIND_INF:
            return sg + 'Infinity'
        if self._int == 0:
            return sg + 'Zero'
        if context is None:
            context = getcontext()
        if self.adjusted() < context.Emin:
            return sg + 'Subnormal'
        return sg + 'Normal'

    # -- string conversion -------------------------------------------------

    def _tostr(self, eng=False, caps=None):
        sign = '-' if self._sign else ''
        if self._kind:
            if self._kind == _KIND_INF:
                return sign + 'Infinity'
            base = 'NaN' if self._kind == _KIND_NAN else 'sNaN'
            if self._int:
                return sign + base + _i2s(self._int)
            return sign + base
        if caps is None:
            caps = getcontext().capitals
        digits = _i2s(self._int)
        exp = self._exp
        nd = len(digits)
        left = exp + nd
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            intpart = '0'
            frac = '.' + '0' * (-dot) + digits
        elif dot >= nd:
            intpart = digits + '0' * (dot - nd)
            frac = ''
        else:
            intpart = digits[:dot]
            frac = '.' + digits[dot:]
        e = left - dot
        if e == 0:
            ex = ''
        else:
            ex = ('E' if caps else 'e') + ('+' if e > 0 else '-') + str(abs(e))
        return sign + intpart + frac + ex

    def __str__(self, eng=False, context=None):
        caps = None if context is None else context.capitals
        return self._tostr(eng, caps)

    def to_eng_string(self, context=None):
        caps = None if context is None else context.capitals
        return self._tostr(True, caps)

    def __repr__(self):
        return "Decimal('%s')" % self._tostr(False)

    # -- conversions -----------------------------------------------------

    def __bool__(self):
        return self._kind != 0 or self._int != 0

    def __int__(self):
        if self._kind:
            if self._kind >= 2:
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        e = self._exp
        if e >= 0:
            v = self._int * _p10(e)
        else:
            v = self._int // _p10(-e)
        return -v if self._sign else v

    def __trunc__(self):
        return self.__int__()

    def __index__(self):
        raise TypeError("'decimal.Decimal' object cannot be interpreted as an integer")

    def __float__(self):
        if self._kind:
            if self._kind == _KIND_SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            if self._kind == _KIND_NAN:
                return float('-nan') if self._sign else float('nan')
            return float('-inf') if self._sign else float('inf')
        if self._int == 0:
            return -0.0 if self._sign else 0.0
        s = '%s%se%d' % ('-' if self._sign else '', _i2s(self._int), self._exp)
        return float(s)

    def __floor__(self):
        if self._kind:
            int(self)
        v = self._to_int(ROUND_FLOOR)
        return v

    def __ceil__(self):
        if self._kind:
            int(self)
        return self._to_int(ROUND_CEILING)

    def _to_int(self, rounding):
        e = self._exp
        if e >= 0:
            v = self._int * _p10(e)
        else:
            v, _ = _round_digits(self._int, -e, rounding, self._sign)
        return -v if self._sign else v

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            exp = _mk(0, 1, -n)
            return self.quantize(exp)
        if self._kind:
            if self._kind >= 2:
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return self._to_int(ROUND_HALF_EVEN)

    def __hash__(self):
        if self._kind:
            if self._kind == _KIND_SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._kind == _KIND_NAN:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        M = _HASH_MODULUS
        e = self._exp
        if e >= 0:
            h = (self._int % M) * pow(10, e, M) % M
        else:
            h = (self._int % M) * pow(_HASH_INV10, -e, M) % M
        if self._sign:
            h = -h
        if h == -1:
            h = -2
        return h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    # -- comparisons -----------------------------------------------------

    def _cmp_operand(self, other, op):
        """Convert other for a comparison; returns Decimal, a rational
        (num, den) tuple, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _convert(other)
        if isinstance(other, float):
            ctx = getcontext()
            if op == 'eq':
                ctx._flags[FloatOperation] = True
            else:
                ctx._signal([FloatOperation])
            return _from_float(other)
        num = getattr(other, 'numerator', None)
        den = getattr(other, 'denominator', None)
        if isinstance(num, int) and isinstance(den, int) and den > 0 \
                and not isinstance(other, str):
            return (num, den)
        return NotImplemented

    def __eq__(self, other):
        o = self._cmp_operand(other, 'eq')
        if o is NotImplemented:
            return o
        if isinstance(o, tuple):
            if self._kind:
                if self._kind == _KIND_SNAN:
                    getcontext()._signal([InvalidOperation])
                return False
            return _cmp_rational(self, o) == 0
        if self._kind >= 2 or o._kind >= 2:
            if self._kind == _KIND_SNAN or o._kind == _KIND_SNAN:
                getcontext()._signal([InvalidOperation])
            return False
        return _cmp(self, o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, name):
        o = self._cmp_operand(other, name)
        if o is NotImplemented:
            return o
        if isinstance(o, tuple):
            if self._kind >= 2:
                getcontext()._signal([InvalidOperation])
                return None
            return _cmp_rational(self, o)
        if self._kind >= 2 or o._kind >= 2:
            getcontext()._signal([InvalidOperation])
            return None
        return _cmp(self, o)

    def __lt__(self, other):
        r = self._order(other, 'lt')
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        r = self._order(other, 'le')
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        r = self._order(other, 'gt')
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        r = self._order(other, 'ge')
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    def compare(self, other, context=None):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, other, ctx)
        if r is not None:
            return r
        return _DEC_INTS[_cmp(self, other)]

    def compare_signal(self, other, context=None):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        if self._kind >= 2 or other._kind >= 2:
            ctx._signal([InvalidOperation])
            r = _check_nans(self, other, _quiet_ctx(ctx))
            return r
        return _DEC_INTS[_cmp(self, other)]

    def compare_total(self, other, context=None):
        other = _convert_strict(other)
        ka = _total_key(self)
        kb = _total_key(other)
        if ka < kb:
            return _DEC_INTS[-1]
        if ka > kb:
            return _DEC_INTS[1]
        return _DEC_INTS[0]

    def compare_total_mag(self, other, context=None):
        other = _convert_strict(other)
        return self.copy_abs().compare_total(other.copy_abs())

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._kind or other._kind:
            return (self._kind >= 2 and other._kind >= 2) or \
                (self._kind == _KIND_INF and other._kind == _KIND_INF)
        return self._exp == other._exp

    # -- sign manipulation ----------------------------------------------

    def copy_abs(self):
        return _mk(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _mk(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _mk(other._sign, self._int, self._exp, self._kind)

    def __neg__(self, context=None):
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        if self._kind == _KIND_INF:
            return _mk(1 - self._sign, 0, 0, _KIND_INF)
        if self._int == 0:
            sign = 1 if (ctx.rounding == ROUND_FLOOR and self._sign == 0) else 0
        else:
            sign = 1 - self._sign
        return _fix(ctx, sign, self._int, self._exp)

    def __pos__(self, context=None):
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        if self._kind == _KIND_INF:
            return self
        if self._int == 0:
            sign = 1 if (ctx.rounding == ROUND_FLOOR and self._sign) else 0
        else:
            sign = self._sign
        return _fix(ctx, sign, self._int, self._exp)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        if self._kind == _KIND_INF:
            return _mk(0, 0, 0, _KIND_INF)
        return _fix(ctx, 0, self._int, self._exp)

    # -- arithmetic ------------------------------------------------------

    def __add__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '+', 0)
        ctx = context if context is not None else getcontext()
        return _add(self, other, 0, ctx)

    def __radd__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '+', 1)
        ctx = context if context is not None else getcontext()
        return _add(other, self, 0, ctx)

    def __sub__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '-', 0)
        ctx = context if context is not None else getcontext()
        return _add(self, other, 1, ctx)

    def __rsub__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '-', 1)
        ctx = context if context is not None else getcontext()
        return _add(other, self, 1, ctx)

    def __mul__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '*', 0)
        ctx = context if context is not None else getcontext()
        return _mul(self, other, ctx)

    def __rmul__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '*', 1)
        ctx = context if context is not None else getcontext()
        return _mul(other, self, ctx)

    def __truediv__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '/', 0)
        ctx = context if context is not None else getcontext()
        return _div(self, other, ctx)

    def __rtruediv__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '/', 1)
        ctx = context if context is not None else getcontext()
        return _div(other, self, ctx)

    def __floordiv__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '//', 0)
        ctx = context if context is not None else getcontext()
        return _divmod(self, other, ctx, 1)

    def __rfloordiv__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '//', 1)
        ctx = context if context is not None else getcontext()
        return _divmod(other, self, ctx, 1)

    def __mod__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '%', 0)
        ctx = context if context is not None else getcontext()
        return _divmod(self, other, ctx, 2)

    def __rmod__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '%', 1)
        ctx = context if context is not None else getcontext()
        return _divmod(other, self, ctx, 2)

    def __divmod__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, 'divmod()', 0)
        ctx = context if context is not None else getcontext()
        return _divmod(self, other, ctx, 3)

    def __rdivmod__(self, other, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, 'divmod()', 1)
        ctx = context if context is not None else getcontext()
        return _divmod(other, self, ctx, 3)

    def remainder_near(self, other, context=None):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        return _remainder_near(self, other, ctx)

    def __pow__(self, other, modulo=None, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '** or pow()', 0)
        ctx = context if context is not None else getcontext()
        if modulo is not None:
            modulo = _convert(modulo)
            if modulo is NotImplemented:
                return modulo
            return _powmod(self, other, modulo, ctx)
        return _power(self, other, ctx)

    def __rpow__(self, other, modulo=None, context=None):
        other_orig = other
        other = _convert(other)
        if other is NotImplemented:
            return _binop_fail(self, other_orig, '** or pow()', 1)
        ctx = context if context is not None else getcontext()
        return _power(other, self, ctx)

    def fma(self, other, third, context=None):
        other = _convert_strict(other)
        third = _convert_strict(third)
        ctx = context if context is not None else getcontext()
        return _fma(self, other, third, ctx)

    # -- rounding / exponent manipulation -------------------------------

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert_strict(exp)
        ctx = context if context is not None else getcontext()
        if rounding is None:
            rounding = ctx.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERR)
        return _quantize(self, exp._exp, exp, rounding, ctx)

    def _rescale_exact(self, e, rounding):
        """Return Decimal with exponent e, rounding as necessary (quiet)."""
        if self._kind:
            return self
        if e <= self._exp:
            return _mk(self._sign, self._int * _p10(self._exp - e), e)
        c, _ = _round_digits(self._int, e - self._exp, rounding, self._sign)
        return _mk(self._sign, c, e)

    def to_integral_value(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        if self._kind or self._exp >= 0:
            return self
        if rounding is None:
            rounding = ctx.rounding
        return self._rescale_exact(0, rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        if self._kind or self._exp >= 0:
            return self
        if rounding is None:
            rounding = ctx.rounding
        if self._int == 0:
            return _mk(self._sign, 0, 0)
        c, inexact = _round_digits(self._int, -self._exp, rounding, self._sign)
        conds = [Rounded]
        if inexact:
            conds = [Inexact, Rounded]
        ctx._signal(conds)
        return _mk(self._sign, c, 0)

    def normalize(self, context=None):
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        if self._kind == _KIND_INF:
            return self
        d = _fix(ctx, self._sign, self._int, self._exp)
        if d._kind:
            return d
        if d._int == 0:
            return _mk(d._sign, 0, 0)
        maxe = ctx.Emax - ctx.prec + 1 if ctx.clamp else ctx.Emax
        c, e = _strip_zeros(d._int, d._exp, maxe)
        return _mk(d._sign, c, e)

    def scaleb(self, other, context=None):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, other, ctx)
        if r is not None:
            return r
        if other._kind or other._exp != 0:
            return ctx._invalid()
        lim = 2 * (ctx.Emax + ctx.prec)
        n = int(other)
        if n > lim or n < -lim:
            return ctx._invalid()
        if self._kind == _KIND_INF:
            return self
        return _fix(ctx, self._sign, self._int, self._exp + n)

    def logb(self, context=None):
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        if self._kind == _KIND_INF:
            return _mk(0, 0, 0, _KIND_INF)
        if self._int == 0:
            ctx._signal([DivisionByZero])
            return _mk(1, 0, 0, _KIND_INF)
        return _fix(ctx, *_int_triple(self.adjusted()))

    def shift(self, other, context=None):
        return self._shift_rotate(other, context, False)

    def rotate(self, other, context=None):
        return self._shift_rotate(other, context, True)

    def _shift_rotate(self, other, context, rotate):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, other, ctx)
        if r is not None:
            return r
        prec = ctx.prec
        if other._kind or other._exp != 0:
            return ctx._invalid()
        n = int(other)
        if n > prec or n < -prec:
            return ctx._invalid()
        if self._kind == _KIND_INF:
            return self
        c = self._int % _p10(prec)
        if rotate:
            n = n % prec
            if n:
                hi, lo = divmod(c, _p10(prec - n))
                c = lo * _p10(n) + hi
        elif n >= 0:
            c = c * _p10(n) % _p10(prec)
        else:
            c = c // _p10(-n)
        return _mk(self._sign, c, self._exp)

    # -- next ------------------------------------------------------------

    def next_plus(self, context=None):
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        return _next(self, ctx, 0)

    def next_minus(self, context=None):
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, None, ctx)
        if r is not None:
            return r
        return _next(self, ctx, 1)

    def next_toward(self, other, context=None):
        other = _convert_strict(other)
        ctx = context if context is not None else getcontext()
        r = _check_nans(self, other, ctx)
        if r is not None:
            return r
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        return _next(self, ctx, 0 if c < 0 else 1)

    # -- min/max ---------------------------------------------------------

    def max(self, other, context=None):
        return _minmax(self, _convert_strict(other), context, True, False)

    def min(self, other, context=None):
        return _minmax(self, _convert_strict(other), context, False, False)

    def max_mag(self, other, context=None):
        return _minmax(self, _convert_strict(other), context, True, True)

    def min_mag(self, other, context=None):
        return _minmax(self, _convert_strict(other), context, False, True)

    # -- transcendental --------------------------------------------------

    def sqrt(self, context=None):
        ctx = context if context is not None else getcontext()
        return _sqrt(self, ctx)

    def exp(self, context=None):
        ctx = context if context is not None else getcontext()
        return _exp(self, ctx)

    def ln(self, context=None):
        ctx = context if context is not None else getcontext()
        return _ln(self, ctx, False)

    def log10(self, context=None):
        ctx = context if context is not None else getcontext()
        return _ln(self, ctx, True)

    # -- logical ---------------------------------------------------------

    def _logical_digits(self, ctx):
        if self._kind or self._sign or self._exp != 0:
            return None
        s = _i2s(self._int)
        for ch in s:
            if ch not in '01':
                return None
        if len(s) > ctx.prec:
            return None
        return s

    def _logical(self, other, context, fn):
        ctx = context if context is not None else getcontext()
        a = self._logical_digits(ctx)
        b = other._logical_digits(ctx) if other is not None else None
        if a is None or (other is not None and b is None):
            return ctx._invalid()
        if other is None:
            a = '0' * (ctx.prec - len(a)) + a
            res = ''.join('1' if ch == '0' else '0' for ch in a)
        else:
            n = max(len(a), len(b))
            a = '0' * (n - len(a)) + a
            b = '0' * (n - len(b)) + b
            res = ''.join(fn(x, y) for x, y in zip(a, b))
        return _mk(0, int(res.lstrip('0') or '0'), 0)

    def logical_and(self, other, context=None):
        return self._logical(_convert_strict(other), context,
                             lambda x, y: '1' if x == '1' and y == '1' else '0')

    def logical_or(self, other, context=None):
        return self._logical(_convert_strict(other), context,
                             lambda x, y: '1' if x == '1' or y == '1' else '0')

    def logical_xor(self, other, context=None):
        return self._logical(_convert_strict(other), context,
                             lambda x, y: '1' if x != y else '0')

    def logical_invert(self, context=None):
        return self._logical(None, context, None)

    # -- formatting ------------------------------------------------------

    def __format__(self, specifier, _localeconv=None):
        return _format_decimal(self, specifier)


_HASH_MODULUS = (1 << 61) - 1
_HASH_INV10 = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)

_DEC_INTS = {-1: _mk(1, 1, 0), 0: _mk(0, 0, 0), 1: _mk(0, 1, 0)}


def _int_triple(n):
    if n < 0:
        return (1, -n, 0)
    return (0, n, 0)


# ---------------------------------------------------------------------------
# Comparison helpers


def _cmp(a, b):
    """Numeric comparison of two non-NaN decimals: -1, 0, 1."""
    if a._kind or b._kind:
        va = 0 if not a._kind else (-1 if a._sign else 1)
        vb = 0 if not b._kind else (-1 if b._sign else 1)
        if va == vb:
            return 0
        return 1 if va > vb else -1
    ca = a._int
    cb = b._int
    if ca == 0:
        if cb == 0:
            return 0
        return 1 if b._sign else -1
    if cb == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    neg = -1 if a._sign else 1
    ea = a._exp
    eb = b._exp
    if ea == eb:
        if ca == cb:
            return 0
        return neg if ca > cb else -neg
    adja = ea + _nd(ca)
    adjb = eb + _nd(cb)
    if adja != adjb:
        return neg if adja > adjb else -neg
    if ea > eb:
        ca = ca * _p10(ea - eb)
    else:
        cb = cb * _p10(eb - ea)
    if ca == cb:
        return 0
    return neg if ca > cb else -neg


def _cmp_rational(a, frac):
    num, den = frac
    if a._kind == _KIND_INF:
        return -1 if a._sign else 1
    c = -a._int if a._sign else a._int
    if a._exp >= 0:
        lhs = c * _p10(a._exp) * den
        rhs = num
    else:
        lhs = c * den
        rhs = num * _p10(-a._exp)
    if lhs == rhs:
        return 0
    return 1 if lhs > rhs else -1


def _total_key(d):
    """Key implementing the total ordering of the specification."""
    sg = -1 if d._sign else 1
    if d._kind == _KIND_NAN:
        k = (3, d._int)
    elif d._kind == _KIND_SNAN:
        k = (2, d._int)
    elif d._kind == _KIND_INF:
        k = (1, 0)
    else:
        k = None
    if k is not None:
        if sg < 0:
            return (-k[0] - 10, -k[1], 0, 0)
        return (k[0] + 10, k[1], 0, 0)
    # finite: compare numerically then by exponent
    return _FiniteKey(d)


class _FiniteKey(object):
    __slots__ = ('d',)

    def __init__(self, d):
        self.d = d

    def _c(self, other):
        if isinstance(other, tuple):
            return 1 if other[0] < 0 else -1
        a = self.d
        b = other.d
        c = _cmp(a, b)
        if c:
            return c
        if a._sign != b._sign:
            return -1 if a._sign else 1
        if a._exp == b._exp:
            return 0
        if a._sign:
            return -1 if a._exp > b._exp else 1
        return -1 if a._exp < b._exp else 1

    def __lt__(self, other):
        return self._c(other) < 0

    def __gt__(self, other):
        return self._c(other) > 0


def _minmax(a, b, context, is_max, mag):
    ctx = context if context is not None else getcontext()
    if a._kind >= 2 or b._kind >= 2:
        # a quiet NaN is ignored in favour of a number
        if a._kind == _KIND_NAN and b._kind < 2:
            return _fix_any(b, ctx)
        if b._kind == _KIND_NAN and a._kind < 2:
            return _fix_any(a, ctx)
        return _check_nans(a, b, ctx)
    if mag:
        c = _cmp(a.copy_abs(), b.copy_abs())
    else:
        c = 0
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        # tie-break using the total ordering
        t = a.compare_total(b)
        c = 1 if t._int and not t._sign else (-1 if t._int else 0)
    if is_max:
        r = a if c >= 0 else b
    else:
        r = a if c <= 0 else b
    return _fix_any(r, ctx)


def _fix_any(d, ctx):
    if d._kind:
        if d._kind >= 2:
            return _nan_result(d, ctx)
        return d
    return _fix(ctx, d._sign, d._int, d._exp)


# ---------------------------------------------------------------------------
# Rounding to context

def _overflow(ctx, sign, rounding=None):
    if rounding is None:
        rounding = ctx.rounding
    if rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) \
            or (rounding == ROUND_CEILING and sign == 0) \
            or (rounding == ROUND_FLOOR and sign == 1):
        res = _mk(sign, 0, 0, _KIND_INF)
    else:
        res = _mk(sign, _p10(ctx.prec) - 1, ctx.Emax - ctx.prec + 1)
    ctx._signal([Overflow, Inexact, Rounded])
    return res


def _fix(ctx, sign, c, e, rounding=None, inexact=False):
    """Round (sign, c, e) to the context and check exponent limits.

    If inexact is true, (sign, c, e) is already a correctly rounded
    result of an inexact computation (Inexact/Rounded are raised)."""
    prec = ctx.prec
    emax = ctx.Emax
    emin = ctx.Emin
    if c == 0:
        etiny = emin - prec + 1
        hi = emax - prec + 1 if ctx.clamp else emax
        if e < etiny:
            ctx._signal([Clamped])
            e = etiny
        elif e > hi:
            ctx._signal([Clamped])
            e = hi
        return _mk(sign, 0, e)
    if c < _SMALL_LIMIT:
        n = len(str(c))
    else:
        n = _nd(c)
    adj = e + n - 1
    if n <= prec and emin <= adj <= emax:
        if ctx.clamp and e > emax - prec + 1:
            pass
        else:
            if inexact:
                ctx._signal([Inexact, Rounded])
            return _mk(sign, c, e)
    if adj > emax:
        return _overflow(ctx, sign, rounding)
    if rounding is None:
        rounding = ctx.rounding
    etiny = emin - prec + 1
    sub = adj < emin
    target = e + n - prec
    if target < etiny:
        target = etiny
    conds = []
    if target > e:
        c, inx = _round_digits(c, target - e, rounding, sign)
        inexact = inexact or inx
        if c == _p10(prec):
            c //= 10
            target += 1
        e = target
        if c and e + _nd(c) - 1 > emax:
            return _overflow(ctx, sign, rounding)
        if sub:
            if inexact:
                conds.append(Underflow)
            conds.append(Subnormal)
        if inexact:
            conds.append(Inexact)
        conds.append(Rounded)
        if c == 0:
            conds.append(Clamped)
        ctx._signal(conds)
        return _mk(sign, c, e)
    if sub:
        if inexact:
            conds.append(Underflow)
        conds.append(Subnormal)
    if inexact:
        conds.append(Inexact)
        conds.append(Rounded)
    etop = emax - prec + 1
    if ctx.clamp and e > etop:
        c = c * _p10(e - etop)
        e = etop
        conds.append(Clamped)
    if conds:
        ctx._signal(conds)
    return _mk(sign, c, e)


# ---------------------------------------------------------------------------
# Arithmetic cores

def _add(a, b, negate_b, ctx):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        bsign = b._sign ^ negate_b
        if a._kind == _KIND_INF:
            if b._kind == _KIND_INF and a._sign != bsign:
                return ctx._invalid()
            return _mk(a._sign, 0, 0, _KIND_INF)
        return _mk(bsign, 0, 0, _KIND_INF)
    return _add_triples(a._sign, a._int, a._exp,
                        b._sign ^ negate_b, b._int, b._exp, ctx)


def _add_triples(s1, c1, e1, s2, c2, e2, ctx):
    rounding = ctx.rounding
    prec = ctx.prec
    if c1 == 0 or c2 == 0:
        emin_ = e1 if e1 < e2 else e2
        if c1 == 0 and c2 == 0:
            if s1 == s2:
                sign = s1
            else:
                sign = 1 if rounding == ROUND_FLOOR else 0
            return _fix(ctx, sign, 0, emin_)
        if c1 == 0:
            s, c, e = s2, c2, e2
        else:
            s, c, e = s1, c1, e1
        pad = e - emin_
        if pad:
            n = _nd(c)
            if n + pad > prec + 1:
                pad = prec + 1 - n
                if pad < 0:
                    pad = 0
            c = c * _p10(pad)
            e -= pad
        return _fix(ctx, s, c, e)
    # make sure operand 1 is the one with larger adjusted exponent
    n1 = _nd(c1)
    n2 = _nd(c2)
    adj1 = e1 + n1 - 1
    adj2 = e2 + n2 - 1
    if adj2 > adj1:
        s1, c1, e1, n1, adj1, s2, c2, e2, n2, adj2 = \
            s2, c2, e2, n2, adj2, s1, c1, e1, n1, adj1
    # if operand 2 is far below the rounding point, replace it by a
    # small "sticky" value which rounds identically
    lim = adj1 - prec
    if e1 < lim:
        lim = e1
    if adj2 <= lim - 2:
        c2 = 1
        e2 = lim - 2
    if e1 > e2:
        c1 = c1 * _p10(e1 - e2)
        e = e2
    else:
        c2 = c2 * _p10(e2 - e1)
        e = e1
    if s1 == s2:
        return _fix(ctx, s1, c1 + c2, e)
    d = c1 - c2
    if d == 0:
        return _fix(ctx, 1 if rounding == ROUND_FLOOR else 0, 0, e)
    if d > 0:
        return _fix(ctx, s1, d, e)
    return _fix(ctx, s2, -d, e)


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _KIND_INF:
            if b._kind == 0 and b._int == 0:
                return ctx._invalid()
            return _mk(sign, 0, 0, _KIND_INF)
        if a._int == 0:
            return ctx._invalid()
        return _mk(sign, 0, 0, _KIND_INF)
    return _fix(ctx, sign, a._int * b._int, a._exp + b._exp)


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _KIND_INF:
            if b._kind == _KIND_INF:
                return ctx._invalid()
            return _mk(sign, 0, 0, _KIND_INF)
        # b is infinite
        ctx._signal([Clamped])
        return _mk(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._int == 0:
        if a._int == 0:
            return ctx._invalid(DivisionUndefined)
        ctx._signal([DivisionByZero])
        return _mk(sign, 0, 0, _KIND_INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(ctx, sign, 0, ideal)
    prec = ctx.prec
    na = _nd(a._int)
    nb = _nd(b._int)
    shift = nb - na + prec + 1
    if shift < 0:
        shift = 0
    q, r = divmod(a._int * _p10(shift), b._int)
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
        return _fix(ctx, sign, q, e)
    # exact
    if e < ideal:
        q, e = _strip_zeros(q, e, ideal)
    return _fix(ctx, sign, q, e)


def _divmod(a, b, ctx, which):
    """which: 1 -> floor division (truncating), 2 -> remainder, 3 -> both."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return (r, r) if which == 3 else r
        if a._kind == _KIND_INF:
            if b._kind == _KIND_INF:
                r = ctx._invalid()
                return (r, r) if which == 3 else r
            if which == 1:
                return _mk(sign, 0, 0, _KIND_INF)
            if which == 2:
                return ctx._invalid()
            ctx._signal([InvalidOperation])
            return (_mk(sign, 0, 0, _KIND_INF), _mk(0, 0, 0, _KIND_NAN))
        # b infinite
        q = _fix(ctx, sign, 0, 0)
        if which == 1:
            return q
        rem = _fix(ctx, a._sign, a._int, a._exp)
        if which == 2:
            return rem
        return (q, rem)
    if b._int == 0:
        if a._int == 0:
            r = ctx._invalid(DivisionUndefined)
            return (r, r) if which == 3 else r
        if which == 1:
            ctx._signal([DivisionByZero])
            return _mk(sign, 0, 0, _KIND_INF)
        if which == 2:
            return ctx._invalid()
        ctx._signal([InvalidOperation, DivisionByZero])
        return (_mk(sign, 0, 0, _KIND_INF), _mk(0, 0, 0, _KIND_NAN))
    prec = ctx.prec
    adja = a.adjusted() if a._int else a._exp
    adjb = b.adjusted()
    emin_ = a._exp if a._exp < b._exp else b._exp
    if a._int == 0 or adja < adjb:
        q = 0
        if a._exp > emin_:
            rc = a._int * _p10(a._exp - emin_)
        else:
            rc = a._int
        re = emin_
    else:
        if adja - adjb > prec + 1:
            r = ctx._invalid(DivisionImpossible)
            return (r, r) if which == 3 else r
        ca = a._int
        cb = b._int
        if a._exp > b._exp:
            ca = ca * _p10(a._exp - b._exp)
        elif b._exp > a._exp:
            cb = cb * _p10(b._exp - a._exp)
        q, rc = divmod(ca, cb)
        re = emin_
        if _nd(q) > prec:
            r = ctx._invalid(DivisionImpossible)
            return (r, r) if which == 3 else r
    if which == 1:
        return _fix(ctx, sign, q, 0)
    rem = _fix(ctx, a._sign, rc, re)
    if which == 2:
        return rem
    return (_fix(ctx, sign, q, 0), rem)


def _remainder_near(a, b, ctx):
    if a._kind or b._kind:
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        if a._kind == _KIND_INF:
            return ctx._invalid()
        return _fix(ctx, a._sign, a._int, a._exp)
    if b._int == 0:
        if a._int == 0:
            return ctx._invalid(DivisionUndefined)
        return ctx._invalid()
    prec = ctx.prec
    emin_ = a._exp if a._exp < b._exp else b._exp
    if a._int == 0:
        return _fix(ctx, a._sign, 0, emin_)
    if a.adjusted() - b.adjusted() > prec + 1:
        return ctx._invalid(DivisionImpossible)
    ca = a._int * _p10(a._exp - emin_)
    cb = b._int * _p10(b._exp - emin_)
    q, r = divmod(ca, cb)
    sign = a._sign
    if r + r > cb or (r + r == cb and q & 1):
        q += 1
        r = cb - r
        sign = 1 - sign
    if _nd(q) > prec:
        return ctx._invalid(DivisionImpossible)
    return _fix(ctx, sign, r, emin_)


def _fma(a, b, c, ctx):
    if a._kind or b._kind:
        if a._kind == _KIND_SNAN or b._kind == _KIND_SNAN or \
                (c._kind == _KIND_SNAN and a._kind < 2 and b._kind < 2):
            return _check_nans(a if a._kind == _KIND_SNAN else
                               (b if b._kind == _KIND_SNAN else c), None, ctx)
        r = _check_nans(a, b, ctx)
        if r is not None:
            return r
        prod = _mul(a, b, ctx)
        if prod._kind >= 2:
            return prod
        return _add(prod, c, 0, ctx)
    if c._kind:
        r = _check_nans(c, None, ctx)
        if r is not None:
            return r
        return _mk(c._sign, 0, 0, _KIND_INF)
    return _add_triples(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp,
                        c._sign, c._int, c._exp, ctx)


def _quantize(a, target, expdec, rounding, ctx):
    if a._kind or expdec._kind:
        r = _check_nans(a, expdec, ctx)
        if r is not None:
            return r
        if a._kind == _KIND_INF and expdec._kind == _KIND_INF:
            return a
        return ctx._invalid()
    prec = ctx.prec
    if target > ctx.Emax or target < ctx.Emin - prec + 1:
        return ctx._invalid()
    if a._int == 0:
        return _fix(ctx, a._sign, 0, target)
    adj = a.adjusted()
    if adj - target + 1 > prec:
        return ctx._invalid()
    e = a._exp
    inexact = False
    if target >= e:
        if target > e:
            c, inexact = _round_digits(a._int, target - e, rounding, a._sign)
        else:
            c = a._int
    else:
        c = a._int * _p10(e - target)
    if c and _nd(c) > prec:
        return ctx._invalid()
    if c and target + _nd(c) - 1 > ctx.Emax:
        return ctx._invalid()
    conds = []
    if c and target + _nd(c) - 1 < ctx.Emin:
        if inexact:
            conds.append(Underflow)
        conds.append(Subnormal)
    if target > e:
        if inexact:
            conds.append(Inexact)
        conds.append(Rounded)
    if conds:
        ctx._signal(conds)
    if ctx.clamp and target > ctx.Emax - prec + 1:
        return _fix(ctx, a._sign, c, target)
    return _mk(a._sign, c, target)



def _next(a, ctx, down):
    """next_plus (down=0) / next_minus (down=1)."""
    q = _quiet_ctx(ctx)
    prec = ctx.prec
    if a._kind == _KIND_INF:
        if a._sign == down:
            return a
        return _mk(a._sign, _p10(prec) - 1, ctx.Emax - prec + 1)
    etiny = ctx.Emin - prec + 1
    c = a._int
    e = a._exp
    if c == 0:
        return _mk(down, 1, etiny)
    n = _nd(c)
    low = min(e, e + n - prec, etiny) - 2
    cc = c * _p10(e - low)
    if a._sign == down:
        cc += 1
        rnd = ROUND_UP
    else:
        cc -= 1
        rnd = ROUND_DOWN
    return _fix(q, a._sign, cc, low, rnd)


# ---------------------------------------------------------------------------
# Power

def _power(x, y, ctx):
    if x._kind or y._kind:
        r = _check_nans(x, y, ctx)
        if r is not None:
            return r
    # y == 0
    if y._kind == 0 and y._int == 0:
        if x._kind == 0 and x._int == 0:
            return ctx._invalid()
        return _mk(0, 1, 0)
    yint = y._isinteger()
    odd = False
    if yint:
        if y._exp >= 0:
            odd = y._exp == 0 and (y._int & 1) == 1
        else:
            odd = (y._int // _p10(-y._exp)) & 1 == 1
    # negative x
    if x._sign and not (x._kind == 0 and x._int == 0):
        if not yint:
            return ctx._invalid()
    rsign = x._sign if odd else 0
    if x._kind == 0 and x._int == 0:
        if y._sign:
            return _mk(rsign, 0, 0, _KIND_INF)
        return _mk(rsign, 0, 0)
    if x._kind == _KIND_INF:
        if y._sign:
            return _mk(rsign, 0, 0)
        return _mk(rsign, 0, 0, _KIND_INF)
    if y._kind == _KIND_INF:
        c = _cmp(x.copy_abs(), _DEC_INTS[1])
        if c == 0:
            return _fix(ctx, 0, _p10(ctx.prec - 1), 1 - ctx.prec, inexact=True)
        if (c < 0) == (y._sign == 0):
            return _mk(0, 0, 0)
        return _mk(0, 0, 0, _KIND_INF)
    # finite, non-zero x; finite y
    prec = ctx.prec
    if _cmp(x.copy_abs(), _DEC_INTS[1]) == 0:
        if yint:
            if y._sign:
                return _mk(rsign, 1, 0)
            shift = int(y) * (-x._exp)
            if shift > prec - 1:
                shift = prec - 1
                ctx._signal([Rounded])
            return _fix(ctx, rsign, _p10(shift), -shift)
        return _fix(ctx, 0, _p10(prec - 1), 1 - prec, inexact=True)
    r = _pow_bounds(x, y, rsign, ctx)
    if r is not None:
        return r
    if yint:
        n = int(y)
        return _int_power(x, n, rsign, ctx)
    # non-integral y, x > 0
    return _general_power(x, y, ctx, ctx.rounding)


def _ndigits_abs(n):
    return _nd(-n if n < 0 else n)


def _lower_bound_zeta(ax):
    """Lower bound for log10(|log10(ax)|) (ax > 0, ax != 1)."""
    t = ax.adjusted()
    if t > 0:
        return _ndigits_abs(t) - 1
    if t < -1:
        return _ndigits_abs(t + 1) - 1
    c = ax._int
    e = ax._exp
    if e >= 0:
        diff = c * _p10(e) - 1
        de = 0
    else:
        diff = c - _p10(-e)
        de = e
    if diff < 0:
        diff = -diff
    u = de + _nd(diff) - 1
    return u - 2 if t == 0 else u - 1


def _pow_bounds(x, y, rsign, ctx):
    """Detect certain overflow/underflow of x ** y (as libmpdec does)."""
    ax = x.copy_abs()
    lb_theta = y.adjusted()
    lb_zeta = _lower_bound_zeta(ax)
    small = 1 if ax.adjusted() < 0 else 0
    if (small ^ y._sign) == 0:
        if _ndigits_abs(ctx.Emax) < lb_zeta + lb_theta:
            return _overflow(ctx, rsign)
    else:
        etiny = ctx.Emin - ctx.prec + 1
        if _ndigits_abs(etiny) < lb_zeta + lb_theta:
            return _fix(ctx, rsign, 1, etiny - 1)
    return None



def _int_power(x, n, rsign, ctx):
    """x ** n for finite non-zero x and integral n: binary exponentiation
    with a few guard digits (round-half-even), then a final rounding."""
    prec = ctx.prec
    c = x._int
    e = x._exp
    nn = -n if n < 0 else n
    cs, es = _strip_zeros(c, e, e + _nd(c))
    if cs == 1 and es == 0:
        # |x| == 1
        if n < 0:
            return _mk(rsign, 1, 0)
        shift = nn * (-e)
        if shift > prec - 1:
            shift = prec - 1
            ctx._signal([Rounded])
        return _fix(ctx, rsign, _p10(shift), -shift)
    w = ctx.copy()
    w._traps = _signal_dict(None)
    w._flags = _signal_dict(None)  # only what this power raises is passed on (earlier flags stay the caller's)
    w._rounding = ROUND_HALF_EVEN
    w._clamp = 0
    w._prec = prec + _nd(nn) + 2
    if n < 0:
        w._prec += 1
        t = _div(_mk(0, 1, 0), _mk(0, c, e), w)
        bc = t._int
        be = t._exp
    else:
        bc = c
        be = e
    rc = bc
    re_ = be
    inf = False
    for bit in bin(nn)[3:]:
        r = _fix(w, 0, rc * rc, re_ + re_)
        if r._kind:
            inf = True
            break
        rc = r._int
        re_ = r._exp
        if bit == '1':
            r = _fix(w, 0, rc * bc, re_ + be)
            if r._kind:
                inf = True
                break
            rc = r._int
            re_ = r._exp
        if rc == 0:
            break
    conds = [s for s in _SIGNALS if w._flags[s]]
    if conds:
        ctx._signal(conds)
    if inf:
        return _overflow(ctx, rsign)
    return _fix(ctx, rsign, rc, re_)


def _log10(c, e):
    """Approximate log10 of c * 10^e (c > 0) as a float."""
    s = _i2s(c) if c < _STR_LIMIT else _i2s(c // _p10(_nd(c) - 20))
    n = _nd(c)
    head = s[:17]
    m = float(head[0] + '.' + head[1:]) if len(head) > 1 else float(head)
    return (e + n - 1) + _math.log10(m)



def _general_power(x, y, ctx, rounding, rsign=0):
    """x ** y for finite x > 0 and finite y (inexact result)."""
    prec = ctx.prec
    if x._int == 1 and x._exp == 0:
        return _fix(ctx, rsign, _p10(prec - 1), 1 - prec, rounding, inexact=True)
    lx = _log10(x._int, x._exp)
    yadj = y.adjusted()
    if yadj > 300:
        mag = _INF_FLOAT if lx != 0.0 else 0.0
    elif yadj < -300:
        mag = 0.0
    else:
        mag = lx * abs(float(_mk(0, y._int, y._exp)))
    if y._sign:
        mag = -mag
    if lx != 0.0:
        if mag > ctx.Emax + 3:
            return _overflow(ctx, rsign, rounding)
        if mag < ctx.Emin - prec - 3:
            return _fix(ctx, rsign, 1, ctx.Emin - prec - 2, rounding)
    ip = _nd(int(abs(mag) * 2.31) + 1)
    yx = yadj + 1 if yadj > -1 else 0
    extra = 10
    while True:
        W = prec + extra
        G = W + ip + 5
        Gl = G + yx
        L = _ln_fixed_dec(x, Gl)
        t = L * y._int
        shift = Gl - G - y._exp
        if shift > 0:
            t = _div_round(t, _p10(shift)) if t >= 0 else -_div_round(-t, _p10(shift))
        elif shift < 0:
            t = t * _p10(-shift)
        if y._sign:
            t = -t
        A, ex = _exp_core(t, G)
        res = _ziv_round(A, 64, ex, prec, ctx, rounding, rsign)
        if res is None and extra > 3 * prec + 60:
            res = _ziv_round(A, 0, ex, prec, ctx, ROUND_HALF_EVEN, rsign)
        if res is not None:
            return _fix(ctx, rsign, res[0], res[1], rounding, inexact=True)
        extra += extra


def _powmod(x, y, m, ctx):
    if x._kind or y._kind or m._kind:
        r = _check_nans(x, y, ctx)
        if r is None:
            r = _check_nans(m, None, ctx)
        if r is not None:
            return r
        return ctx._invalid()
    if not (x._isinteger() and y._isinteger() and m._isinteger()):
        return ctx._invalid()
    if y._sign or m._int == 0:
        return ctx._invalid()
    mi = abs(int(m))
    if _nd(mi) > ctx.prec:
        return ctx._invalid()
    xi = int(x)
    yi = int(y)
    if xi == 0 and yi == 0:
        return ctx._invalid()
    r = pow(abs(xi), yi, mi)
    sign = 1 if (xi < 0 and yi & 1) else 0
    return _mk(sign, r, 0)


# ---------------------------------------------------------------------------
# Transcendental helpers (fixed point integer arithmetic)

def _div_round(a, b):
    """Round-half-even division of ints (b > 0)."""
    q, r = divmod(a, b)
    r2 = r + r
    if r2 > b or (r2 == b and q & 1):
        q += 1
    return q


def _atanh_inv(k, W):
    """atanh(1/k) * 10^W (approximately, error < a few ulps)."""
    term = _p10(W) // k
    total = term
    k2 = k * k
    i = 3
    while True:
        term //= k2
        if term == 0:
            break
        total += term // i
        i += 2
    return total


_LN10_CACHE = [0, 0]


def _ln10_fixed(W):
    """ln(10) * 10^W, error <= 1 ulp."""
    if _LN10_CACHE[0] >= W:
        v = _LN10_CACHE[1]
        d = _LN10_CACHE[0] - W
        return _div_round(v, _p10(d)) if d else v
    G = W + 20
    v = 46 * _atanh_inv(31, G) + 34 * _atanh_inv(49, G) + 20 * _atanh_inv(161, G)
    _LN10_CACHE[0] = G
    _LN10_CACHE[1] = v
    return _div_round(v, _p10(20))


def _exp_fixed(x, W):
    """exp(x / 10^W) * 10^W for |x/10^W| <= ~1.5; error a few ulps."""
    if x == 0:
        return _p10(W)
    neg = x < 0
    if neg:
        x = -x
    s = 8 + int(W ** 0.5)
    G = W + s // 3 + 12
    M = _p10(G)
    y = (x * _p10(G - W)) >> s
    total = M
    term = M
    i = 1
    while term:
        term = term * y // (M * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // M
    if neg:
        total = M * M // total
    return _div_round(total, _p10(G - W))


def _exp_core(t, G):
    """exp(t / 10^G) as (A, e) meaning A * 10^e, A having about G digits."""
    ip = abs(t) // _p10(G)
    extra = _nd(ip) + 3
    G2 = G + extra
    L = _ln10_fixed(G2)
    T = t * _p10(extra)
    n = (T + L // 2) // L if T >= 0 else -((-T + L // 2) // L)
    R = T - n * L
    R = _div_round(R, _p10(extra)) if R >= 0 else -_div_round(-R, _p10(extra))
    A = _exp_fixed(R, G)
    return A, n - G


def _ln_fixed_mant(M, W):
    """ln(M / 10^W) * 10^W for 1 <= M/10^W < 10."""
    S = _p10(W)
    if M == S:
        return 0
    k = 12 + int(W ** 0.5) // 2
    G = W + k // 3 + 12
    SG = _p10(G)
    X = M * _p10(G - W)
    for _ in range(k):
        X = _math.isqrt(X * SG)
    z = (X - SG) * SG // (X + SG)
    z2 = z * z // SG
    total = z
    term = z
    i = 3
    while True:
        term = term * z2 // SG
        if term == 0:
            break
        total += term // i
        i += 2
    total = total * 2 << k
    return _div_round(total, _p10(G - W))


def _ln_fixed_dec(x, W):
    """ln(x) * 10^W for a finite positive Decimal x (error few ulps)."""
    c = x._int
    n = _nd(c)
    adj = x._exp + n - 1
    sh = W - (n - 1)
    if sh >= 0:
        M = c * _p10(sh)
    else:
        M = c // _p10(-sh)
    extra = _nd(abs(adj)) + 2 if adj else 0
    lm = _ln_fixed_mant(M * _p10(extra), W + extra) if extra else _ln_fixed_mant(M, W)
    if adj:
        lm = lm + adj * _ln10_fixed(W + extra)
        lm = _div_round(lm, _p10(extra)) if lm >= 0 else -_div_round(-lm, _p10(extra))
    return lm


def _ziv_round(A, E, e, prec, ctx, rounding, sign=0):
    """Value lies within [A-E, A+E] * 10^e (A > 0).  Return the rounded
    (coef, exp) if unambiguous, else None."""
    if A <= E:
        return None
    lo = A - E
    hi = A + E
    n = _nd(hi)
    target = e + n - prec
    etiny = ctx.Emin - prec + 1
    if target < etiny:
        target = etiny
    k = target - e
    if k < 3:
        return None
    p = _p10(k)
    ql, rl = divmod(lo, p)
    qh, rh = divmod(hi, p)
    if _round_up(rounding, sign, ql, rl, p):
        ql += 1
    if _round_up(rounding, sign, qh, rh, p):
        qh += 1
    if ql != qh:
        return None
    # the exact value is never representable here, so exact ties are
    # impossible; but make sure directed roundings are safe as well
    if rl == 0 or rh == 0:
        return None
    if ql == _p10(prec):
        ql //= 10
        target += 1
    return ql, target


def _exp(x, ctx):
    r = _check_nans(x, None, ctx)
    if r is not None:
        return r
    if x._kind == _KIND_INF:
        if x._sign:
            return _mk(0, 0, 0)
        return x
    if x._int == 0:
        return _mk(0, 1, 0)
    prec = ctx.prec
    rnd = ROUND_HALF_EVEN
    adj = x.adjusted()
    if adj > 20:
        approx = _INF_FLOAT
    else:
        approx = float(x)
    lim = (ctx.Emax + 1) * 2.302585092994046 + 2
    if x._sign == 0 and approx > lim:
        return _overflow(ctx, 0, rnd)
    if x._sign and -approx > (prec - ctx.Emin + 2) * 2.302585092994046 + 2:
        return _fix(ctx, 0, 1, ctx.Emin - prec - 2, rnd)
    extra = 10
    while True:
        W = prec + extra
        # t = x at scale 10^G
        G = W + 5
        sh = G + x._exp
        if sh >= 0:
            t = x._int * _p10(sh)
        else:
            t = x._int // _p10(-sh)
            if t == 0:
                t = 0
        if x._sign:
            t = -t
        A, e = _exp_core(t, G)
        res = _ziv_round(A, 64, e, prec, ctx, rnd)
        if res is not None:
            return _fix(ctx, 0, res[0], res[1], rnd, inexact=True)
        extra += extra


def _ln(x, ctx, base10):
    r = _check_nans(x, None, ctx)
    if r is not None:
        return r
    if x._kind == _KIND_INF:
        if x._sign:
            return ctx._invalid()
        return x
    if x._int == 0:
        return _mk(1, 0, 0, _KIND_INF)
    if x._sign:
        return ctx._invalid()
    prec = ctx.prec
    rnd = ROUND_HALF_EVEN
    c, e = _strip_zeros(x._int, x._exp, x._exp + _nd(x._int) + 1)
    if c == 1:
        if e == 0:
            return _mk(0, 0, 0)
        if base10:
            return _fix(ctx, *_int_triple(e))
    extra = 10
    while True:
        W = prec + extra
        L = _ln_fixed_dec(x, W)
        if base10:
            L = _div_round(L * _p10(W), _ln10_fixed(W)) if L >= 0 else \
                -_div_round(-L * _p10(W), _ln10_fixed(W))
        sign = 1 if L < 0 else 0
        A = -L if sign else L
        res = _ziv_round(A, 64, -W, prec, ctx, rnd, sign)
        if res is not None:
            return _fix(ctx, sign, res[0], res[1], rnd, inexact=True)
        short = prec + 6 - _nd(A)
        extra += max(extra, short)


def _sqrt(x, ctx):
    r = _check_nans(x, None, ctx)
    if r is not None:
        return r
    if x._kind == _KIND_INF:
        if x._sign:
            return ctx._invalid()
        return x
    ideal = x._exp // 2
    if x._int == 0:
        return _fix(ctx, x._sign, 0, ideal)
    if x._sign:
        return ctx._invalid()
    prec = ctx.prec
    c = x._int
    e = x._exp
    if e & 1:
        c *= 10
        e -= 1
    n = _nd(c)
    k = (2 * prec + 4 - n + 1) // 2
    if k < 0:
        k = 0
    C = c * _p10(2 * k)
    rt = _math.isqrt(C)
    re = e // 2 - k
    if rt * rt == C:
        if re < ideal:
            rt, re = _strip_zeros(rt, re, ideal)
        return _fix(ctx, 0, rt, re, ROUND_HALF_EVEN)
    if rt % 5 == 0:
        rt += 1
    return _fix(ctx, 0, rt, re, ROUND_HALF_EVEN)


# ---------------------------------------------------------------------------
# Formatting

def _parse_format_spec(spec):
    n = len(spec)
    i = 0
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    sep = ''
    if i < n and spec[i] == ',':
        sep = ','
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    typ = None
    if i < n and spec[i] in 'eEfFgGn%':
        typ = spec[i]
        i += 1
    if i != n:
        raise ValueError("invalid format string")
    if zeropad:
        if fill is None and align is None:
            zeropad = 2
        if fill is None:
            fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if typ == 'n' and sep:
        raise ValueError("invalid format string")
    return fill, align, sign, no_neg_0, zeropad, width, sep, precision, typ


def _group_digits(digits, sep, min_width):
    groups = []
    while True:
        ln = len(digits)
        l = ln if ln > min_width else min_width
        if l < 1:
            l = 1
        if l > 3:
            l = 3
        piece = digits[-l:] if ln else ''
        groups.append('0' * (l - len(piece)) + piece)
        digits = digits[:-l] if ln > l else ''
        min_width -= l
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    groups.reverse()
    return sep.join(groups)


def _format_decimal(d, spec):
    ctx = getcontext()
    fill, align, signopt, no_neg_0, zeropad, width, sep, precision, typ = \
        _parse_format_spec(spec)
    if typ is None:
        typ = 'G' if ctx.capitals else 'g'
    rounding = ctx.rounding
    if precision == 0 and typ in 'gGn':
        precision = 1
    sign = d._sign
    if d._kind and zeropad == 2:
        fill = ' '
        align = '>'
    if d._kind:
        body = 'Infinity' if d._kind == _KIND_INF else \
            ('NaN' if d._kind == _KIND_NAN else 'sNaN')
        if d._kind >= 2 and d._int:
            body += _i2s(d._int)
        if typ == '%':
            body += '%'
        fracexp = ''
        intpart = ''
    else:
        c = d._int
        e = d._exp
        if typ == '%':
            e += 2
        if precision is not None:
            if typ in 'eE':
                if c:
                    n = _nd(c)
                    newe = e + n - (precision + 1)
                    if newe > e:
                        c, _ = _round_digits(c, newe - e, rounding, sign)
                        if _nd(c) > precision + 1:
                            c //= 10
                            newe += 1
                    else:
                        c = c * _p10(e - newe)
                    e = newe
            elif typ in 'fF%':
                newe = -precision
                if newe > e:
                    c, _ = _round_digits(c, newe - e, rounding, sign)
                else:
                    c = c * _p10(e - newe)
                e = newe
            elif typ in 'gGn':
                n = _nd(c)
                if n > precision:
                    newe = e + n - precision
                    c, _ = _round_digits(c, newe - e, rounding, sign)
                    if _nd(c) > precision:
                        c //= 10
                        newe += 1
                    e = newe
        if c == 0 and e > 0 and typ in 'fF%':
            e = 0
        if c == 0 and no_neg_0:
            sign = 0
        digits = _i2s(c)
        nd = len(digits)
        left = e + nd
        if typ in 'eE':
            if c == 0 and precision is not None:
                dot = 1 - precision
            else:
                dot = 1
        elif typ in 'fF%':
            dot = left
        else:
            if e <= 0 and left > -6:
                dot = left
            else:
                dot = 1
        if dot < 0:
            intpart = '0'
            frac = '0' * (-dot) + digits
        elif dot == 0:
            intpart = '0'
            frac = digits
        elif dot >= nd:
            intpart = digits + '0' * (dot - nd)
            frac = ''
        else:
            intpart = digits[:dot]
            frac = digits[dot:]
        ex = left - dot
        fracexp = ('.' + frac) if frac else ''
        if typ in 'eE' or (typ in 'gGn' and ex != 0):
            ch = 'E' if typ in 'EG' else 'e'
            fracexp += ch + ('+' if ex >= 0 else '-') + str(abs(ex))
        if typ == '%':
            fracexp += '%'
        body = None
    if sign:
        sgn = '-'
    elif signopt == '+':
        sgn = '+'
    elif signopt == ' ':
        sgn = ' '
    else:
        sgn = ''
    if body is None:
        if sep:
            minw = 0
            if zeropad:
                minw = width - len(sgn) - len(fracexp)
            intpart = _group_digits(intpart, sep, minw)
        body = intpart + fracexp
    total = len(sgn) + len(body)
    if total >= width:
        return sgn + body
    padn = width - total
    if align == '<':
        return sgn + body + fill * padn
    if align == '>':
        return fill * padn + sgn + body
    if align == '=':
        return sgn + fill * padn + body
    half = padn // 2
    return fill * half + sgn + body + fill * (padn - half)


# ---------------------------------------------------------------------------
# Context

_ROUNDING_ERR = ("valid values for rounding are:\n"
                 "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                 "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                 "   ROUND_05UP]")


def _signal_dict(value, default_true=()):
    d = {}
    for s in _SIGNALS:
        d[s] = s in default_true
    if value is None:
        return d
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS):
            raise KeyError("invalid signal dict")
        for k, v in value.items():
            if k not in d:
                raise KeyError("invalid signal dict")
            d[k] = bool(v)
        return d
    for s in _SIGNALS:
        d[s] = False
    for s in value:
        if s not in d:
            raise KeyError("invalid error flag")
        d[s] = True
    return d


class Context(object):
    """Arithmetic context: precision, rounding, exponent limits, flags and
    trap enablers."""
    __fora_tp_name__ = 'decimal.Context'  # how CPython's C type names itself in messages

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None,
                 _ignored_flags=None):
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        if dc is not None:
            self._prec = dc._prec
            self._rounding = dc._rounding
            self._Emin = dc._Emin
            self._Emax = dc._Emax
            self._capitals = dc._capitals
            self._clamp = dc._clamp
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is None:
            if dc is not None:
                self._traps = dict(dc._traps)
            else:
                self._traps = _signal_dict(None, (InvalidOperation,
                                                  DivisionByZero, Overflow))
        else:
            self._traps = _signal_dict(traps)
        self._flags = _signal_dict(flags)

    # attributes with validation
    def _get_prec(self):
        return self._prec

    def _set_prec(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not (1 <= v <= MAX_PREC):
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v

    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, v):
        if v not in _ROUNDINGS or not isinstance(v, str):
            raise TypeError(_ROUNDING_ERR)
        self._rounding = v

    rounding = property(_get_rounding, _set_rounding)

    def _get_Emin(self):
        return self._Emin

    def _set_Emin(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not (MIN_EMIN <= v <= 0):
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = v

    Emin = property(_get_Emin, _set_Emin)

    def _get_Emax(self):
        return self._Emax

    def _set_Emax(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not (0 <= v <= MAX_EMAX):
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = v

    Emax = property(_get_Emax, _set_Emax)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = v

    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clamp

    def _set_clamp(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = v

    clamp = property(_get_clamp, _set_clamp)

    def _get_flags(self):
        return self._flags

    def _set_flags(self, v):
        self._flags = _signal_dict(v)

    flags = property(_get_flags, _set_flags)

    def _get_traps(self):
        return self._traps

    def _set_traps(self, v):
        self._traps = _signal_dict(v)

    traps = property(_get_traps, _set_traps)

    # signalling
    def _signal(self, conds):
        flags = self._flags
        traps = self._traps
        trapped = None
        for cond in conds:
            sig = _signal_of(cond)
            flags[sig] = True
            if traps.get(sig):
                if trapped is None:
                    trapped = []
                if cond not in trapped:
                    trapped.append(cond)
        if trapped is not None:
            sigs = [_signal_of(c) for c in trapped]
            exc = None
            for s in _SIGNALS:
                if s in sigs:
                    exc = s
                    break
            ordered = [c for c in _COND_ORDER if c in trapped]
            raise exc(ordered)

    def _invalid(self, cond=InvalidOperation):
        self._signal([cond])
        return _mk(0, 0, 0, _KIND_NAN)

    def __repr__(self):
        fl = ', '.join(s.__name__ for s in _REPR_ORDER if self._flags.get(s))
        tr = ', '.join(s.__name__ for s in _REPR_ORDER if self._traps.get(s))
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._Emin, self._Emax,
                   self._capitals, self._clamp, fl, tr))

    def clear_flags(self):
        for s in self._flags:
            self._flags[s] = False

    def clear_traps(self):
        for s in self._traps:
            self._traps[s] = False

    def copy(self):
        c = Context.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = dict(self._flags)
        c._traps = dict(self._traps)
        return c

    __copy__ = copy

    def __reduce__(self):
        return (self.__class__,
                (self._prec, self._rounding, self._Emin, self._Emax,
                 self._capitals, self._clamp,
                 [s for s in _SIGNALS if self._flags[s]],
                 [s for s in _SIGNALS if self._traps[s]]))

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _mk(0, 10, 0)

    def create_decimal(self, num='0'):
        if isinstance(num, float):
            self._signal([FloatOperation])
            d = _from_float(num)
        elif isinstance(num, str):
            if num != num.strip() or '_' in num:
                return self._invalid(ConversionSyntax)
            d = Decimal(num, context=self)
        else:
            d = Decimal(num, context=self)
        if d._kind >= 2:
            if d._int and _nd(d._int) > self._prec - self._clamp:
                return self._invalid(ConversionSyntax)
            return d
        if d._kind:
            return d
        return _fix(self, d._sign, d._int, d._exp)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._kind:
            return d
        return _fix(self, d._sign, d._int, d._exp)

    # arithmetic methods
    def abs(self, a):
        return _convert_strict(a).__abs__(context=self)

    def add(self, a, b):
        return _add(_convert_strict(a), _convert_strict(b), 0, self)

    def subtract(self, a, b):
        return _add(_convert_strict(a), _convert_strict(b), 1, self)

    def multiply(self, a, b):
        return _mul(_convert_strict(a), _convert_strict(b), self)

    def divide(self, a, b):
        return _div(_convert_strict(a), _convert_strict(b), self)

    def divide_int(self, a, b):
        return _divmod(_convert_strict(a), _convert_strict(b), self, 1)

    def remainder(self, a, b):
        return _divmod(_convert_strict(a), _convert_strict(b), self, 2)

    def divmod(self, a, b):
        return _divmod(_convert_strict(a), _convert_strict(b), self, 3)

    def remainder_near(self, a, b):
        return _convert_strict(a).remainder_near(b, context=self)

    def power(self, a, b, modulo=None):
        a = _convert_strict(a)
        b = _convert_strict(b)
        if modulo is not None:
            return _powmod(a, b, _convert_strict(modulo), self)
        return _power(a, b, self)

    def plus(self, a):
        return _convert_strict(a).__pos__(context=self)

    def minus(self, a):
        return _convert_strict(a).__neg__(context=self)

    def fma(self, a, b, c):
        return _convert_strict(a).fma(b, c, context=self)

    def sqrt(self, a):
        return _convert_strict(a).sqrt(context=self)

    def exp(self, a):
        return _convert_strict(a).exp(context=self)

    def ln(self, a):
        return _convert_strict(a).ln(context=self)

    def log10(self, a):
        return _convert_strict(a).log10(context=self)

    def logb(self, a):
        return _convert_strict(a).logb(context=self)

    def compare(self, a, b):
        return _convert_strict(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return _convert_strict(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return _convert_strict(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert_strict(a).compare_total_mag(b)

    def max(self, a, b):
        return _convert_strict(a).max(b, context=self)

    def min(self, a, b):
        return _convert_strict(a).min(b, context=self)

    def max_mag(self, a, b):
        return _convert_strict(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return _convert_strict(a).min_mag(b, context=self)

    def quantize(self, a, b):
        return _convert_strict(a).quantize(b, context=self)

    def normalize(self, a):
        return _convert_strict(a).normalize(context=self)

    def to_integral_value(self, a):
        return _convert_strict(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _convert_strict(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return _convert_strict(a).__str__(context=self)

    def to_eng_string(self, a):
        return _convert_strict(a).to_eng_string(context=self)

    def scaleb(self, a, b):
        return _convert_strict(a).scaleb(b, context=self)

    def shift(self, a, b):
        return _convert_strict(a).shift(b, context=self)

    def rotate(self, a, b):
        return _convert_strict(a).rotate(b, context=self)

    def same_quantum(self, a, b):
        return _convert_strict(a).same_quantum(b)

    def next_plus(self, a):
        return _convert_strict(a).next_plus(context=self)

    def next_minus(self, a):
        return _convert_strict(a).next_minus(context=self)

    def next_toward(self, a, b):
        return _convert_strict(a).next_toward(b, context=self)

    def number_class(self, a):
        return _convert_strict(a).number_class(context=self)

    def logical_and(self, a, b):
        return _convert_strict(a).logical_and(b, context=self)

    def logical_or(self, a, b):
        return _convert_strict(a).logical_or(b, context=self)

    def logical_xor(self, a, b):
        return _convert_strict(a).logical_xor(b, context=self)

    def logical_invert(self, a):
        return _convert_strict(a).logical_invert(context=self)

    def copy_abs(self, a):
        return _convert_strict(a).copy_abs()

    def copy_negate(self, a):
        return _convert_strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert_strict(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert_strict(a))

    def canonical(self, a):
        return _convert_strict(a)

    def is_canonical(self, a):
        return True

    def is_finite(self, a):
        return _convert_strict(a).is_finite()

    def is_infinite(self, a):
        return _convert_strict(a).is_infinite()

    def is_nan(self, a):
        return _convert_strict(a).is_nan()

    def is_qnan(self, a):
        return _convert_strict(a).is_qnan()

    def is_snan(self, a):
        return _convert_strict(a).is_snan()

    def is_signed(self, a):
        return _convert_strict(a).is_signed()

    def is_zero(self, a):
        return _convert_strict(a).is_zero()

    def is_normal(self, a):
        return _convert_strict(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert_strict(a).is_subnormal(context=self)


def _quiet_ctx(ctx):
    q = ctx.copy()
    q.clear_traps()
    return q


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])

BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow], flags=[])

ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = [None]


def getcontext():
    c = _current[0]
    if c is None:
        c = DefaultContext.copy()
        c.clear_flags()
        _current[0] = c
    return c


def setcontext(context):
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()
        self.saved_context = None

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)
        return False


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    mgr = _ContextManager(ctx)
    nc = mgr.new_context
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        setattr(nc, k, v)
    return mgr


try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
except ImportError:
    pass
