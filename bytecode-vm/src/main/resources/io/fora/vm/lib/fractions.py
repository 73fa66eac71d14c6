# SPDX-License-Identifier: Apache-2.0
"""fractions for Fora: Fraction, exact rational numbers, following CPython 3.11.

A Fraction holds a normalised numerator and a positive denominator (Python ints). Arithmetic
with ints and Fractions is exact; with floats it gives floats. Construction accepts ints,
Fractions, floats (exactly, through float.as_integer_ratio), strings such as '3/4', '-1.5e3'
or ' 7 ', and objects with numerator and denominator attributes. Decimal and complex do not
exist in Fora.
"""

import math as _math

__all__ = ['Fraction']

_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _parse(s):
    # [sign] (digits [. digits] | . digits) [e [sign] digits] | [sign] digits / digits,
    # digits possibly grouped with single underscores; spaces around
    text = s.strip()
    if not text:
        return None
    i = 0
    n = len(text)
    sign = 1
    if text[i] in '+-':
        if text[i] == '-':
            sign = -1
        i += 1

    def digits(j):
        start = j
        while j < n and (text[j].isdigit() or (text[j] == '_' and j > start
                                                and j + 1 < n and text[j + 1].isdigit()
                                                and text[j - 1] != '_')):
            j += 1
        return text[start:j].replace('_', ''), j

    num, i = digits(i)
    if i < n and text[i] == '/':
        if not num:
            return None
        den, i = digits(i + 1)
        if not den or i != n:
            return None
        if not all(c in '0123456789' for c in num + den):
            return None
        return sign * int(num), int(den)
    frac = ''
    if i < n and text[i] == '.':
        frac, i = digits(i + 1)
    if not num and not frac:
        return None
    exp = 0
    if i < n and text[i] in 'eE':
        j = i + 1
        esign = 1
        if j < n and text[j] in '+-':
            if text[j] == '-':
                esign = -1
            j += 1
        e, j = digits(j)
        if not e:
            return None
        exp = esign * int(e)
        i = j
    if i != n:
        if not all(c in '0123456789' for c in num + frac):
            return None
    if i != n:
        return None
    if not all(c in '0123456789' for c in num + frac):
        return None
    numerator = int(num or '0')
    denominator = 1
    if frac:
        denominator = 10 ** len(frac)
        numerator = numerator * denominator + int(frac)
    if exp >= 0:
        numerator *= 10 ** exp
    else:
        denominator *= 10 ** -exp
    return sign * numerator, denominator


def _is_decimal(x):
    # decimal is only imported when a Decimal could be there: by name first
    if type(x).__name__ != 'Decimal':
        return False
    from decimal import Decimal
    return isinstance(x, Decimal)


class Fraction:
    __slots__ = ('_numerator', '_denominator')

    def __init__(self, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'numerator') and hasattr(numerator, 'denominator'):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return
            elif _is_decimal(numerator):
                # exact, as for a float
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator

    @classmethod
    def _from_pair(cls, n, d):
        obj = cls(n, d, _normalize=False)
        return obj

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        n, d = f.as_integer_ratio()
        return cls._from_pair(n, d)

    @classmethod
    def from_decimal(cls, dec):
        from decimal import Decimal
        if isinstance(dec, int):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # of the two candidates, the one nearer self (the later one on a tie)
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_pair(p1, q1)
        return Fraction._from_pair(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic ------------------------------------------------------------------------

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            na, da = a._numerator, a._denominator
            nb, db = b.numerator, b.denominator
            g = _math.gcd(da, db)
            if g == 1:
                return Fraction._from_pair(na * db + da * nb, da * db)
            s = da // g
            t = na * (db // g) + nb * s
            g2 = _math.gcd(t, g)
            if g2 == 1:
                return Fraction._from_pair(t, s * db)
            return Fraction._from_pair(t // g2, s * (db // g2))
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(a, b):
        if isinstance(b, (int, Fraction)):
            return a.__add__(b)
        if isinstance(b, float):
            return b + float(a)
        if isinstance(b, complex):
            return b + complex(a)
        return NotImplemented

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            return a.__add__(Fraction._from_pair(-b.numerator, b.denominator))
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction._from_pair(-a._numerator, a._denominator).__add__(b)
        if isinstance(b, float):
            return b - float(a)
        if isinstance(b, complex):
            return b - complex(a)
        return NotImplemented

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            na, da = a._numerator, a._denominator
            nb, db = b.numerator, b.denominator
            g1 = _math.gcd(na, db)
            if g1 > 1:
                na //= g1
                db //= g1
            g2 = _math.gcd(nb, da)
            if g2 > 1:
                nb //= g2
                da //= g2
            return Fraction._from_pair(na * nb, db * da)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(a, b):
        if isinstance(b, (int, Fraction)):
            return a.__mul__(b)
        if isinstance(b, float):
            return b * float(a)
        if isinstance(b, complex):
            return b * complex(a)
        return NotImplemented

    def _div(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b.numerator, b.denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % (na * db))
        g1 = _math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = _math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._from_pair(n, d)

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._div(b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction(b)._div(a)
        if isinstance(b, float):
            return b / float(a)
        if isinstance(b, complex):
            return b / complex(a)
        return NotImplemented

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._floordiv(b)
        if isinstance(b, float):
            return float(a) // b
        if isinstance(b, complex):
            return complex(a) // b
        return NotImplemented

    def __rfloordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction(b)._floordiv(a)
        if isinstance(b, float):
            return b // float(a)
        if isinstance(b, complex):
            return b // complex(a)
        return NotImplemented

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._divmod(b)
        if isinstance(b, float):
            return divmod(float(a), b)
        if isinstance(b, complex):
            return divmod(complex(a), b)
        return NotImplemented

    def __rdivmod__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction(b)._divmod(a)
        if isinstance(b, float):
            return divmod(b, float(a))
        if isinstance(b, complex):
            return divmod(b, complex(a))
        return NotImplemented

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._mod(b)
        if isinstance(b, float):
            return float(a) % b
        if isinstance(b, complex):
            return complex(a) % b
        return NotImplemented

    def __rmod__(a, b):
        if isinstance(b, (int, Fraction)):
            return Fraction(b)._mod(a)
        if isinstance(b, float):
            return b % float(a)
        if isinstance(b, complex):
            return b % complex(a)
        return NotImplemented

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._from_pair(a._numerator ** power, a._denominator ** power)
                if a._numerator > 0:
                    return Fraction._from_pair(a._denominator ** -power,
                                               a._numerator ** -power)
                if a._numerator == 0:
                    raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power,))
                return Fraction._from_pair((-a._denominator) ** -power,
                                           (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, float):
            return float(a) ** b
        if isinstance(b, complex):
            return complex(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, Fraction):
            return Fraction(a.numerator, a.denominator) ** b
        if isinstance(a, int):
            return Fraction._from_pair(int(a), 1) ** b
        if isinstance(a, (float, complex)):
            return a ** float(b)
        return NotImplemented

    def __pos__(a):
        return Fraction._from_pair(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._from_pair(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._from_pair(abs(a._numerator), a._denominator)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    # -- hashing and comparisons -------------------------------------------------------------

    def __hash__(self):
        dinv = pow(self._denominator, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)
        if not dinv:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, Fraction):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def __ne__(a, b):
        r = a.__eq__(b)
        if r is NotImplemented:
            return r
        return not r

    def _cmp_key(self, other):
        # (self_value, other_value) as comparable exact numbers, or floats for inf/nan
        if isinstance(other, (int, Fraction)):
            return (self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return (0.0, other)
            o = Fraction.from_float(other)
            return (self._numerator * o._denominator, self._denominator * o._numerator)
        return None

    def __lt__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return NotImplemented
        return k[0] < k[1]

    def __gt__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return NotImplemented
        return k[0] > k[1]

    def __le__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return NotImplemented
        return k[0] <= k[1]

    def __ge__(a, b):
        k = a._cmp_key(b)
        if k is None:
            return NotImplemented
        return k[0] >= k[1]

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


try:
    import numbers as _numbers
    _numbers.Rational.register(Fraction)
    # numbers.Real's mixins, which a Fraction derived from Rational would inherit
    for _name in ('real', 'imag', 'conjugate', '__complex__'):
        setattr(Fraction, _name, _numbers.Real.__dict__[_name])
    del _name
except ImportError:
    pass
