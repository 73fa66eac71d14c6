# SPDX-License-Identifier: Apache-2.0
"""Dates, times, durations and fixed-offset time zones (pure-Python, for Fora).

An independent implementation of the documented behaviour of CPython 3.11's
``datetime`` module.  Fora computations have no clock and no operating-system
time zone, so everything that reads either (``date.today()``,
``datetime.now()``, naive ``timestamp()``/``fromtimestamp()``, ``astimezone()``
on a naive value or without a target zone) raises ``NotImplementedError``.
"""

import operator as _operator

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_NO_CLOCK = "%s reads the clock, which Fora computations do not do"
_NO_LOCAL = ("%s needs the local time zone of the operating system, "
             "which Fora computations do not have")


def _no_clock(what):
    raise NotImplementedError(_NO_CLOCK % what)


def _no_local(what):
    raise NotImplementedError(_NO_LOCAL % what)


# ---------------------------------------------------------------------------
# Calendar arithmetic (proleptic Gregorian; day 1 is 0001-01-01)

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_CUMULATIVE = [0] * 14
for _m in range(1, 13):
    _CUMULATIVE[_m + 1] = _CUMULATIVE[_m] + _MONTH_LENGTHS[_m]
del _m

_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_FULL = (None, "January", "February", "March", "April", "May", "June",
               "July", "August", "September", "October", "November",
               "December")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
             "Saturday", "Sunday")

_DAYS_400Y = 146097   # days in 400 Gregorian years
_DAYS_100Y = 36524    # days in a century that does not end a 400-year cycle
_DAYS_4Y = 1461       # days in 4 years with a leap day

_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LENGTHS[m]


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


def _days_before_month(y, m):
    n = _CUMULATIVE[m]
    if m > 2 and _leap(y):
        n += 1
    return n


def _to_ordinal(y, m, d):
    return _days_before_year(y) + _days_before_month(y, m) + d


def _from_ordinal(n):
    """Ordinal -> (year, month, day)."""
    n -= 1                       # days since 0001-01-01
    q400, n = divmod(n, _DAYS_400Y)
    q100, n = divmod(n, _DAYS_100Y)
    q4, n = divmod(n, _DAYS_4Y)
    q1, n = divmod(n, 365)
    year = 400 * q400 + 100 * q100 + 4 * q4 + q1 + 1
    if q1 == 4 or q100 == 4:
        # the last day of a leap year that closes a 4- or 400-year block
        return year - 1, 12, 31
    # n is now the 0-based day of the year
    leap = _leap(year)
    month = n // 32 + 1          # never too large, at most one too small
    while True:
        end = _CUMULATIVE[month + 1] + (1 if (leap and month >= 2) else 0)
        if n < end:
            break
        month += 1
    start = _CUMULATIVE[month] + (1 if (leap and month > 2) else 0)
    return year, month, n - start + 1


def _weekday_of(y, m, d):
    return (_to_ordinal(y, m, d) + 6) % 7


def _iso_week1_monday(year):
    """Ordinal of the Monday starting ISO week 1 of `year`."""
    jan1 = _days_before_year(year) + 1
    wd = (jan1 + 6) % 7          # Monday == 0
    monday = jan1 - wd
    if wd > 3:                    # Jan 1 is Fri/Sat/Sun: week 1 starts later
        monday += 7
    return monday


def _index(value):
    if isinstance(value, int):
        return int(value)
    # (operator.index on a non-integer raises AttributeError in Fora)
    if isinstance(value, float) or not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return _operator.index(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_len(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _div_half_even(a, b):
    """Round a / b (ints, b != 0) to the nearest int, ties to even."""
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q % 2 == 1):
        q += 1
    return q


_OUR_CLASSES = {}


def _cls_path(cls):
    """'datetime.date' for our own classes, the bare name for subclasses
    (as the C implementation does)."""
    name = _OUR_CLASSES.get(cls)
    if name is not None:
        return name
    return cls.__name__


def _cmp(a, b):
    if a == b:
        return 0
    return 1 if a > b else -1


def _format_offset(off, sep=":"):
    """timedelta -> '+HH:MM[:SS[.ffffff]]' ('' for None)."""
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_clock(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _checked_offset(name, value):
    """Validate what tzinfo.utcoffset()/dst() returned."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(value).__name__))
    if not -timedelta(1) < value < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return value


def _checked_tzname(value):
    if value is not None and not isinstance(value, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(value).__name__)
    return value


# ---------------------------------------------------------------------------
# strftime

def _strftime(fmt, y, mo, d, hh, mi, ss, us, utcoffset, tzname):
    """Format according to the C library (glibc, C locale) directives."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    wd = None
    while i < n:
        c = fmt[i]
        if c != "%":
            j = fmt.find("%", i)
            if j < 0:
                j = n
            out.append(fmt[i:j])
            i = j
            continue
        if i + 1 >= n:
            out.append("%")
            break
        ch = fmt[i + 1]
        i += 2
        if wd is None:
            ordn = _to_ordinal(y, mo, d)
            wd = (ordn + 6) % 7                       # Monday == 0
            yday = ordn - _days_before_year(y)        # 1-based
        if ch == "Y":
            out.append(str(y))
        elif ch == "m":
            out.append("%02d" % mo)
        elif ch == "d":
            out.append("%02d" % d)
        elif ch == "H":
            out.append("%02d" % hh)
        elif ch == "M":
            out.append("%02d" % mi)
        elif ch == "S":
            out.append("%02d" % ss)
        elif ch == "f":
            out.append("%06d" % us)
        elif ch == "y":
            out.append("%02d" % (y % 100))
        elif ch == "C":
            out.append("%02d" % (y // 100) if y >= 1000 else str(y // 100))
        elif ch == "b" or ch == "h":
            out.append(_MONTH_ABBR[mo])
        elif ch == "B":
            out.append(_MONTH_FULL[mo])
        elif ch == "a":
            out.append(_DAY_ABBR[wd])
        elif ch == "A":
            out.append(_DAY_FULL[wd])
        elif ch == "w":
            out.append(str((wd + 1) % 7))
        elif ch == "u":
            out.append(str(wd + 1))
        elif ch == "j":
            out.append("%03d" % yday)
        elif ch == "p":
            out.append("AM" if hh < 12 else "PM")
        elif ch == "I":
            out.append("%02d" % ((hh + 11) % 12 + 1))
        elif ch == "l":
            out.append("%2d" % ((hh + 11) % 12 + 1))
        elif ch == "k":
            out.append("%2d" % hh)
        elif ch == "e":
            out.append("%2d" % d)
        elif ch == "U":
            sunday_based = (wd + 1) % 7
            out.append("%02d" % ((yday - 1 + 7 - sunday_based) // 7))
        elif ch == "W":
            out.append("%02d" % ((yday - 1 + 7 - wd) // 7))
        elif ch == "G" or ch == "g" or ch == "V":
            iy, iw, _ = _iso_calendar(y, mo, d)
            if ch == "G":
                out.append(str(iy))
            elif ch == "g":
                out.append("%02d" % (iy % 100))
            else:
                out.append("%02d" % iw)
        elif ch == "z":
            if utcoffset is not None:
                out.append(_format_offset(utcoffset, ""))
        elif ch == "Z":
            if tzname is not None:
                out.append(tzname)
        elif ch == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d"
                       % (_DAY_ABBR[wd], _MONTH_ABBR[mo], d, hh, mi, ss, y))
        elif ch == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif ch == "X" or ch == "T":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif ch == "D":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif ch == "F":
            out.append("%d-%02d-%02d" % (y, mo, d))
        elif ch == "R":
            out.append("%02d:%02d" % (hh, mi))
        elif ch == "r":
            out.append("%02d:%02d:%02d %s" % ((hh + 11) % 12 + 1, mi, ss,
                                              "AM" if hh < 12 else "PM"))
        elif ch == "n":
            out.append("\n")
        elif ch == "t":
            out.append("\t")
        elif ch == "%":
            out.append("%")
        else:
            out.append("%" + ch)
    return "".join(out)


def _iso_calendar(y, m, d):
    ordn = _to_ordinal(y, m, d)
    year = y
    week1 = _iso_week1_monday(year)
    if ordn < week1:
        year -= 1
        week1 = _iso_week1_monday(year)
    else:
        nxt = _iso_week1_monday(year + 1)
        if ordn >= nxt:
            year += 1
            week1 = nxt
    week, day = divmod(ordn - week1, 7)
    return year, week + 1, day + 1


class _StructTime(tuple):
    """Stand-in for time.struct_time (the time module is not available)."""

    _fields = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
               "tm_wday", "tm_yday", "tm_isdst")

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    n_fields = 9
    n_sequence_fields = 9

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (f, v) for f, v in zip(self._fields, self))

    __str__ = __repr__


def _make_timetuple(y, m, d, hh, mi, ss, dst):
    wd = _weekday_of(y, m, d)
    yday = _days_before_month(y, m) + d
    return _StructTime((y, m, d, hh, mi, ss, wd, yday, dst))


# ---------------------------------------------------------------------------
# timedelta

_US_PER_DAY = 86400 * 1000000


def _accumulate(total, leftover, value, factor, what):
    if isinstance(value, bool) or isinstance(value, int):
        return total + int(value) * factor, leftover
    if isinstance(value, float):
        whole = int(value)               # truncates toward zero
        total += whole * factor
        frac = value - whole
        if frac == 0.0:
            return total, leftover
        scaled = frac * factor
        whole2 = int(scaled)
        return total + whole2, leftover + (scaled - whole2)
    if hasattr(value, "__index__") and not hasattr(value, "__float__"):
        return total + _operator.index(value) * factor, leftover
    if hasattr(value, "__float__") and not isinstance(value, str):
        # e.g. Fraction / Decimal-like numbers: be exact where possible
        try:
            num, den = value.as_integer_ratio()
        except Exception:
            return _accumulate(total, leftover, float(value), factor, what)
        q, r = divmod(num * factor, den)
        return total + q, leftover + r / den
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (what, type(value).__name__))


# ---------------------------------------------------------------------------
# pickle support: CPython's C datetime pickles date/time/datetime as the
# class plus a compact bytes state, timedelta as (days, seconds,
# microseconds) and tzinfo objects through __getinitargs__ + state.

def _from_state_bytes(state):
    """bytes (or a latin-1 str, as Python 2 pickles carry) -> bytes."""
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling "
                             "a date or datetime object. pickle.load(data, "
                             "encoding='latin1') is assumed.")
    return state


def _is_state(arg, size, first_ok):
    if isinstance(arg, (bytes, str)) and len(arg) == size:
        c = arg[2] if size != 6 else arg[0]
        return first_ok(c if isinstance(c, int) else ord(c))
    return False


def _month_sane(b):
    return 1 <= (b & 0x7F) <= 12


def _hour_sane(b):
    return (b & 0x7F) < 24


def _us_bytes(us):
    return (us >> 16) & 0xff, (us >> 8) & 0xff, us & 0xff


def _us_from(b, i):
    return (b[i] << 16) | (b[i + 1] << 8) | b[i + 2]


def _tz_state(obj):
    """State for tzinfo.__reduce__: __getstate__() if the class has one,
    else the instance __dict__ (without slot attributes) or None."""
    getstate = getattr(obj, "__getstate__", None)
    if getstate is not None:
        return getstate()
    d = getattr(obj, "__dict__", None)
    if not d:
        return None
    slots = set()
    for c in type(obj).__mro__:
        s = c.__dict__.get("__slots__", ())
        if isinstance(s, str):
            s = (s,)
        slots.update(s)
    state = {k: v for k, v in d.items() if k not in slots}
    return state or None


class timedelta:
    """Difference between two dates or times, to the microsecond."""
    __fora_tp_name__ = 'datetime.timedelta'  # how CPython's C type names itself in messages

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = 0
        left = 0.0
        total, left = _accumulate(total, left, microseconds, 1, "microseconds")
        total, left = _accumulate(total, left, milliseconds, 1000,
                                  "milliseconds")
        total, left = _accumulate(total, left, seconds, 1000000, "seconds")
        total, left = _accumulate(total, left, minutes, 60000000, "minutes")
        total, left = _accumulate(total, left, hours, 3600000000, "hours")
        total, left = _accumulate(total, left, days, _US_PER_DAY, "days")
        total, left = _accumulate(total, left, weeks, 7 * _US_PER_DAY,
                                  "weeks")
        if left:
            whole = round(left)          # ties to even on the fraction
            if abs(whole - left) == 0.5:
                # tie: make the final total even
                odd = total % 2
                whole = 2.0 * round((left + odd) * 0.5) - odd
            total += int(whole)
        return cls._from_us(total)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))

    @classmethod
    def _from_us(cls, us):
        secs, us = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        if not -999999999 <= days <= 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999"
                                % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = secs
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + \
            self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_cls_path(type(self)), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, %s" % (self._days,
                                   "" if abs(self._days) == 1 else "s", s)
        if self._microseconds:
            s += ".%06d" % self._microseconds
        return s

    # arithmetic ---------------------------------------------------------
    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        if self._days < 0:
            return -self
        return timedelta._from_us(self._us())

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_div_half_even(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return self._us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_half_even(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_div_half_even(self._us() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(self._us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), d)
            return q, timedelta._from_us(r)
        return NotImplemented

    # comparisons --------------------------------------------------------
    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
_OUR_CLASSES[timedelta] = "datetime.timedelta"
_ZERO = timedelta(0)


# ---------------------------------------------------------------------------
# ISO 8601 parsing helpers

def _digits(s, pos, count):
    """Parse exactly `count` ASCII digits at s[pos:]; None if impossible."""
    if pos + count > len(s):
        return None
    v = 0
    for k in range(pos, pos + count):
        c = s[k]
        if not ("0" <= c <= "9"):
            return None
        v = v * 10 + (ord(c) - 48)
    return v


def _parse_iso_date(s):
    """Return (y, m, d) from an ISO 8601 date string or raise ValueError."""
    n = len(s)
    year = _digits(s, 0, 4)
    if year is None:
        raise ValueError
    if n >= 5 and s[4] == "-":
        ext = True
        pos = 5
    else:
        ext = False
        pos = 4
    if pos < n and s[pos] == "W":
        pos += 1
        week = _digits(s, pos, 2)
        if week is None:
            raise ValueError
        pos += 2
        day = 1
        if pos < n:
            if ext:
                if s[pos] != "-":
                    raise ValueError
                pos += 1
            day = _digits(s, pos, 1)
            if day is None:
                raise ValueError
            pos += 1
        if pos != n:
            raise ValueError
        return _from_iso_calendar(year, week, day)
    month = _digits(s, pos, 2)
    if month is None:
        raise ValueError
    pos += 2
    if ext:
        if pos >= n or s[pos] != "-":
            raise ValueError
        pos += 1
    day = _digits(s, pos, 2)
    if day is None or pos + 2 != n:
        raise ValueError
    return year, month, day


def _from_iso_calendar(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # a year has week 53 iff it starts on Thursday, or it is a leap
            # year starting on Wednesday
            first_wd = (_days_before_year(year) + 1 + 6) % 7
            if first_wd == 3 or (first_wd == 2 and _leap(year)):
                ok = True
        if not ok:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % day)
    ordn = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    if not 1 <= ordn <= _MAX_ORDINAL:
        raise ValueError("Year is out of range: %d" % year)
    return _from_ordinal(ordn)


def _date_part_length(s):
    """How many leading characters of a datetime string form its date."""
    n = len(s)
    if n < 7:
        raise ValueError
    ext = s[4] == "-"
    if s[4 if not ext else 5] == "W":
        # week date: YYYY-Www[-D] or YYYYWww[D]
        if ext:
            if n >= 10 and s[8] == "-":
                return 10
            return 8
        if n >= 8 and "0" <= s[7] <= "9":
            return 8
        return 7
    return 10 if ext else 8


def _parse_iso_time(s):
    """Parse 'HH[:MM[:SS[.fff...]]][tz]' -> (h, m, s, us, tzinfo)."""
    n = len(s)
    # split off the time zone designator
    tzpos = -1
    for k in range(n):
        if s[k] in "+-Z":
            tzpos = k
            break
    clock = s if tzpos < 0 else s[:tzpos]
    h, m, sec, us = _parse_clock(clock)
    tz = None
    if tzpos >= 0:
        tzs = s[tzpos:]
        if tzs == "Z":
            tz = timezone.utc
        else:
            if tzs[0] == "Z":
                raise ValueError
            sign = -1 if tzs[0] == "-" else 1
            body = tzs[1:]
            if len(body) not in (2, 4, 5, 6, 8) and len(body) < 10:
                raise ValueError
            th, tm, ts, tus = _parse_clock(body)
            off = timedelta(hours=th, minutes=tm, seconds=ts,
                            microseconds=tus)
            if sign < 0:
                off = -off
            if not off:
                tz = timezone.utc
            else:
                tz = timezone(off)
    return h, m, sec, us, tz


def _parse_clock(s):
    n = len(s)
    if n < 2:
        raise ValueError
    h = _digits(s, 0, 2)
    if h is None:
        raise ValueError
    pos = 2
    vals = [h, 0, 0]
    ext = None
    idx = 1
    while pos < n and idx < 3:
        c = s[pos]
        if c == ":":
            if ext is False:
                raise ValueError
            ext = True
            pos += 1
        elif c in ".,":
            break
        else:
            if ext is True:
                raise ValueError
            ext = False
        v = _digits(s, pos, 2)
        if v is None:
            raise ValueError
        vals[idx] = v
        idx += 1
        pos += 2
    us = 0
    if pos < n:
        if s[pos] not in ".," or idx != 3:
            raise ValueError
        pos += 1
        frac = s[pos:]
        if not frac or not all("0" <= c <= "9" for c in frac):
            raise ValueError
        frac6 = frac[:6]
        us = int(frac6) * 10 ** (6 - len(frac6))
    return vals[0], vals[1], vals[2], us


# ---------------------------------------------------------------------------
# date

class date:
    """A date in the proleptic Gregorian calendar."""
    __fora_tp_name__ = 'datetime.date'  # how CPython's C type names itself in messages

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, _month_sane):
            # unpickling: date(state_bytes)
            b = _from_state_bytes(year)
            self = object.__new__(cls)
            self._year = b[0] * 256 + b[1]
            self._month = b[2]
            self._day = b[3]
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes((yhi, ylo, self._month, self._day)),)

    def __reduce__(self):
        return (type(self), self._getstate())

    @classmethod
    def _make(cls, y, m, d):
        if cls is date:
            self = object.__new__(date)
            self._year = y
            self._month = m
            self._day = d
            self._hashcode = -1
            return self
        return cls(y, m, d)

    # constructors -------------------------------------------------------
    @classmethod
    def today(cls):
        _no_clock("date.today()")

    @classmethod
    def fromtimestamp(cls, t):
        _no_local("date.fromtimestamp()")

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
        y, m, d = _from_ordinal(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            y, m, d = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r"
                             % (date_string,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    # accessors ----------------------------------------------------------
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # formatting ---------------------------------------------------------
    def __repr__(self):
        return "%s(%d, %d, %d)" % (_cls_path(type(self)), self._year,
                                   self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        wd = _weekday_of(self._year, self._month, self._day)
        return "%s %s %2d 00:00:00 %04d" % (_DAY_ABBR[wd],
                                            _MONTH_ABBR[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day,
                         0, 0, 0, 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # calendar queries ---------------------------------------------------
    def timetuple(self):
        return _make_timetuple(self._year, self._month, self._day,
                               0, 0, 0, -1)

    def toordinal(self):
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return _weekday_of(self._year, self._month, self._day)

    def isoweekday(self):
        return _weekday_of(self._year, self._month, self._day) + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month,
                                              self._day))

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # comparisons --------------------------------------------------------
    def _dkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            return False
        if isinstance(other, date):
            return self._dkey() == other._dkey()
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        if isinstance(other, datetime) and not isinstance(self, datetime):
            raise TypeError("can't compare %s to %s" % (
                _cls_path(type(other)), _cls_path(type(self))))
        if isinstance(other, date):
            return op(self._dkey(), other._dkey())
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, _operator.lt)

    def __le__(self, other):
        return self._order(other, _operator.le)

    def __gt__(self, other):
        return self._order(other, _operator.gt)

    def __ge__(self, other):
        return self._order(other, _operator.ge)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(("date", self._year, self._month,
                                   self._day))
        return self._hashcode

    # arithmetic ---------------------------------------------------------
    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if not 1 <= o <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(o)
            return type(self)._make(y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
_OUR_CLASSES[date] = "datetime.date"


class IsoCalendarDate(tuple):
    """Result of date.isocalendar(): a (year, week, weekday) tuple."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _cls_path(type(self)), self[0], self[1], self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))


_OUR_CLASSES[IsoCalendarDate] = "datetime.IsoCalendarDate"


# ---------------------------------------------------------------------------
# tzinfo / timezone

class tzinfo:
    """Abstract base class for time zone information."""
    __fora_tp_name__ = 'datetime.tzinfo'  # how CPython's C type names itself in messages

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc() requires a non-None utcoffset() "
                             "result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        std = off - dst
        if std:
            dt += std
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent "
                                 "results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        return (type(self), args, _tz_state(self))


_OUR_CLASSES[tzinfo] = "datetime.tzinfo"
_TzinfoClass = tzinfo   # (time/datetime.__new__ shadow the name tzinfo)


class timezone(tzinfo):
    """A fixed offset from UTC."""
    __fora_tp_name__ = 'datetime.timezone'  # how CPython's C type names itself in messages

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta,"
                            " not %s" % type(offset).__name__)
        if name is None:
            if not offset and cls is timezone:
                u = _UTC_SINGLETON[0]
                if u is not None:
                    return u
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24),"
                             " not %r." % (offset,))
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC_SINGLETON[0]:
            return "datetime.timezone.utc"
        path = _cls_path(type(self))
        if self._name is None:
            return "%s(%r)" % (path, self._offset)
        return "%s(%r, %r)" % (path, self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (what, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_arg(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_arg(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return "UTC"
        return "UTC" + _format_offset(off)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)


_UTC_SINGLETON = [None]
timezone.utc = timezone(timedelta(0))
_UTC_SINGLETON[0] = timezone.utc
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_OUR_CLASSES[timezone] = "datetime.timezone"


# ---------------------------------------------------------------------------
# time

class time:
    """A time of day, independent of any particular day."""
    __fora_tp_name__ = 'datetime.time'  # how CPython's C type names itself in messages

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if _is_state(hour, 6, _hour_sane) and (minute == 0 or
                                               minute is None or
                                               isinstance(minute, _TzinfoClass)):
            # unpickling: time(state_bytes[, tzinfo])
            b = _from_state_bytes(hour)
            tz = minute if isinstance(minute, _TzinfoClass) else None
            self = object.__new__(cls)
            h = b[0]
            self._fold = 0
            if h > 127:
                h -= 128
                self._fold = 1
            self._hour = h
            self._minute = b[1]
            self._second = b[2]
            self._microsecond = _us_from(b, 3)
            self._tzinfo = tz
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _getstate(self, protocol=3):
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        us1, us2, us3 = _us_bytes(self._microsecond)
        basestate = bytes((h, self._minute, self._second, us1, us2, us3))
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string
        if s.startswith("T"):
            s = s[1:]
        try:
            h, m, sec, us, tz = _parse_iso_time(s)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r"
                             % (time_string,)) from None
        return cls(h, m, sec, us, tz)

    # offsets --------------------------------------------------------------
    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_tzname(self._tzinfo.tzname(None))

    # formatting -----------------------------------------------------------
    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_cls_path(type(self)), s)

    def isoformat(self, timespec="auto"):
        s = _format_clock(self._hour, self._minute, self._second,
                          self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, format):
        return _strftime(format, 1900, 1, 1, self._hour, self._minute,
                         self._second, self._microsecond, self.utcoffset(),
                         self.tzname())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    # comparisons ----------------------------------------------------------
    def _clock_us(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * \
            1000000 + self._microsecond

    def _compare(self, other, allow_mixed):
        """-1/0/1, or None when naive/aware mismatch."""
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            return _cmp(self._clock_us(), other._clock_us())
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return _cmp(self._clock_us(), other._clock_us())
        if myoff is None or otoff is None:
            if allow_mixed:
                return None
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        a = self._clock_us() - myoff._us()
        b = other._clock_us() - otoff._us()
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, time):
            r = self._compare(other, True)
            return r == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            r = self._compare(other, True)
            return r != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self
            if self._fold:
                t = self.replace(fold=0)
            off = t.utcoffset()
            if not off:
                self._hashcode = hash(("time", t._clock_us()))
            else:
                us = t._clock_us() - off._us()
                self._hashcode = hash(("time", us))
        return self._hashcode

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
_OUR_CLASSES[time] = "datetime.time"


# ---------------------------------------------------------------------------
# datetime

_EPOCH_ORDINAL = 719163     # date(1970, 1, 1).toordinal()


class datetime(date):
    """A date together with a time of day and an optional tzinfo."""
    __fora_tp_name__ = 'datetime.datetime'  # how CPython's C type names itself in messages

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if day is None and _is_state(year, 10, _month_sane) and (
                month is None or isinstance(month, _TzinfoClass)):
            # unpickling: datetime(state_bytes[, tzinfo])
            b = _from_state_bytes(year)
            self = object.__new__(cls)
            m = b[2]
            self._fold = 0
            if m > 127:
                m -= 128
                self._fold = 1
            self._year = b[0] * 256 + b[1]
            self._month = m
            self._day = b[3]
            self._hour = b[4]
            self._minute = b[5]
            self._second = b[6]
            self._microsecond = _us_from(b, 7)
            self._tzinfo = month
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        us1, us2, us3 = _us_bytes(self._microsecond)
        basestate = bytes((yhi, ylo, m, self._day, self._hour, self._minute,
                           self._second, us1, us2, us3))
        if self._tzinfo is None:
            return (basestate,)
        return (basestate, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)

    @classmethod
    def _make_dt(cls, y, mo, d, hh, mi, ss, us, tz, fold=0):
        if cls is datetime:
            self = object.__new__(datetime)
            self._year = y
            self._month = mo
            self._day = d
            self._hour = hh
            self._minute = mi
            self._second = ss
            self._microsecond = us
            self._tzinfo = tz
            self._fold = fold
            self._hashcode = -1
            return self
        return cls(y, mo, d, hh, mi, ss, us, tz, fold=fold)

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    # constructors -------------------------------------------------------
    @classmethod
    def today(cls):
        _no_clock("datetime.today()")

    @classmethod
    def now(cls, tz=None):
        _no_clock("datetime.now()")

    @classmethod
    def utcnow(cls):
        _no_clock("datetime.utcnow()")

    @classmethod
    def _from_epoch_us(cls, us, tz):
        days, rest = divmod(us, _US_PER_DAY)
        ordn = _EPOCH_ORDINAL + days
        if not 1 <= ordn <= _MAX_ORDINAL:
            raise ValueError("year %d is out of range"
                             % _from_ordinal(max(ordn, 0))[0])
        y, m, d = _from_ordinal(ordn)
        secs, usec = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mi, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mi, ss, usec, tz)

    @staticmethod
    def _timestamp_us(t):
        if isinstance(t, bool) or isinstance(t, int):
            return int(t) * 1000000
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            if t in (float("inf"), float("-inf")):
                raise OverflowError("timestamp out of range for platform "
                                    "time_t")
            # split like C's modf, scale the fraction in double precision
            # and round it half to even, as CPython does
            whole = int(t)
            frac = round((t - whole) * 1e6)
            return whole * 1000000 + int(frac)
        if hasattr(t, "__float__"):
            return datetime._timestamp_us(float(t))
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(t).__name__)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            _no_local("datetime.fromtimestamp() without tz")
        us = cls._timestamp_us(t)
        utc = cls._from_epoch_us(us, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_epoch_us(cls._timestamp_us(t), None)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_).__name__)
        if not isinstance(time_, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_).__name__)
        if tzinfo is True:
            tzinfo = time_.tzinfo
        return cls(date_.year, date_.month, date_.day, time_.hour,
                   time_.minute, time_.second, time_.microsecond, tzinfo,
                   fold=time_.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        try:
            dlen = _date_part_length(s)
            y, m, d = _parse_iso_date(s[:dlen])
            if len(s) > dlen:
                rest = s[dlen + 1:]
                if not rest:
                    raise ValueError
                hh, mi, ss, us, tz = _parse_iso_time(rest)
            else:
                hh = mi = ss = us = 0
                tz = None
        except ValueError:
            raise ValueError("Invalid isoformat string: %r"
                             % (date_string,)) from None
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_from_iso_calendar(year, week, day))

    @classmethod
    def strptime(cls, date_string, format):
        (y, mo, d, hh, mi, ss, us, tz) = _strptime(date_string, format)
        return cls(y, mo, d, hh, mi, ss, us, tz)

    # components ---------------------------------------------------------
    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second,
                    self._microsecond, self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    # offsets --------------------------------------------------------------
    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _checked_tzname(self._tzinfo.tzname(self))

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _make_timetuple(self._year, self._month, self._day,
                               self._hour, self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        t = self
        if off:
            t = self - off
        return _make_timetuple(t._year, t._month, t._day, t._hour,
                               t._minute, t._second, 0)

    def _local_us(self):
        """Microseconds since 0001-01-01T00:00 of the wall-clock reading."""
        return ((_to_ordinal(self._year, self._month, self._day) * 86400 +
                 (self._hour * 60 + self._minute) * 60 + self._second) *
                1000000 + self._microsecond)

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            _no_local("timestamp() of a naive datetime")
        us = self._local_us() - off._us() - _EPOCH_ORDINAL * _US_PER_DAY
        return us / 1000000

    def astimezone(self, tz=None):
        if tz is None:
            _no_local("astimezone() without a tz argument")
        if not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo "
                            "subclass, not type '%s'" % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            _no_local("astimezone() of a naive datetime")
        if tz is mytz:
            return self
        off = self.utcoffset()
        if off is None:
            _no_local("astimezone() of a naive datetime")
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # formatting -----------------------------------------------------------
    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour,
                 self._minute, self._second, self._microsecond]
        if parts[-1] == 0:
            del parts[-1]
            if parts[-1] == 0:
                del parts[-1]
        s = "%s(%s" % (_cls_path(type(self)),
                       ", ".join(str(p) for p in parts))
        # (the C implementation puts fold before tzinfo here, unlike time)
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % type(sep).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_clock(self._hour, self._minute, self._second,
                           self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        wd = _weekday_of(self._year, self._month, self._day)
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[wd], _MONTH_ABBR[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day,
                         self._hour, self._minute, self._second,
                         self._microsecond, self.utcoffset(), self.tzname())

    # comparisons ----------------------------------------------------------
    def _compare(self, other, allow_mixed):
        mytz = self._tzinfo
        ottz = other._tzinfo
        if mytz is ottz:
            return _cmp(self._local_us(), other._local_us())
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if allow_mixed:
            # PEP 495: an instant whose offset depends on fold is never
            # equal to one in another zone
            if myoff != self.replace(fold=not self._fold).utcoffset():
                return 2
            if otoff != other.replace(fold=not other._fold).utcoffset():
                return 2
        if myoff == otoff:
            return _cmp(self._local_us(), other._local_us())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        return _cmp(self._local_us() - myoff._us(),
                    other._local_us() - otoff._us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _order_dt(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (
                _cls_path(type(self)), _cls_path(type(other))))
        return None

    def __lt__(self, other):
        r = self._order_dt(other)
        return NotImplemented if r is None else r < 0

    def __le__(self, other):
        r = self._order_dt(other)
        return NotImplemented if r is None else r <= 0

    def __gt__(self, other):
        r = self._order_dt(other)
        return NotImplemented if r is None else r > 0

    def __ge__(self, other):
        r = self._order_dt(other)
        return NotImplemented if r is None else r >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self
            if self._fold:
                t = self.replace(fold=0)
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(("dt", t._local_us()))
            else:
                self._hashcode = hash(("dt", t._local_us() - off._us()))
        return self._hashcode

    # arithmetic ---------------------------------------------------------
    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._local_us() + other._us()
        days, rest = divmod(total, _US_PER_DAY)
        if not 1 <= days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _from_ordinal(days)
        secs, us = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mi, ss = divmod(secs, 60)
        return type(self)._make_dt(y, m, d, hh, mi, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + (-other)
        if not isinstance(other, datetime):
            if isinstance(other, date):
                return NotImplemented
            return NotImplemented
        base = self._local_us() - other._local_us()
        if self._tzinfo is other._tzinfo:
            return timedelta._from_us(base)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return timedelta._from_us(base)
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware "
                            "datetimes")
        return timedelta._from_us(base - myoff._us() + otoff._us())


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_OUR_CLASSES[datetime] = "datetime.datetime"


# ---------------------------------------------------------------------------
# strptime

_re = None


def _strptime_regex(fmt):
    import re
    global _re
    _re = re
    parts = []
    names = []
    i = 0
    n = len(fmt)
    directives = {
        "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
        "f": r"(?P<f>[0-9]{1,6})",
        "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
        "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
        "G": r"(?P<G>\d\d\d\d)",
        "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
        "M": r"(?P<M>[0-5]\d|\d)",
        "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
        "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
        "w": r"(?P<w>[0-6])",
        "u": r"(?P<u>[1-7])",
        "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        "y": r"(?P<y>\d\d)",
        "Y": r"(?P<Y>\d\d\d\d)",
        "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        "A": r"(?P<A>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
        "a": r"(?P<a>mon|tue|wed|thu|fri|sat|sun)",
        "B": r"(?P<B>january|february|march|april|may|june|july|august|"
             r"september|october|november|december)",
        "b": r"(?P<b>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        "p": r"(?P<p>am|pm)",
        "Z": r"(?P<Z>utc|gmt)",
        "%": "%",
    }
    directives["W"] = directives["U"].replace("U", "W")
    expand = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
              "D": "%m/%d/%y", "T": "%H:%M:%S", "R": "%H:%M", "F": "%Y-%m-%d"}
    # expand composite directives first
    out = []
    while i < n:
        c = fmt[i]
        if c == "%" and i + 1 < n and fmt[i + 1] in expand:
            out.append(expand[fmt[i + 1]])
            i += 2
        elif c == "%" and i + 1 < n:
            out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(c)
            i += 1
    fmt2 = "".join(out)
    i = 0
    n = len(fmt2)
    while i < n:
        c = fmt2[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            ch = fmt2[i + 1]
            if ch == "b" or ch == "h":
                ch = "b"
            if ch not in directives:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (ch, fmt))
            pat = directives[ch]
            parts.append(pat)
            i += 2
        elif c.isspace():
            while i < n and fmt2[i].isspace():
                i += 1
            parts.append(r"\s+")
        else:
            parts.append(re.escape(c))
            i += 1
    return re.compile("".join(parts), re.IGNORECASE)


_STRPTIME_CACHE = {}


def _strptime(data, fmt):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s"
                        % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s"
                        % type(fmt).__name__)
    rx = _STRPTIME_CACHE.get(fmt)
    if rx is None:
        rx = _strptime_regex(fmt)
        _STRPTIME_CACHE[fmt] = rx
    m = rx.match(data)
    if m is None:
        raise ValueError("time data %r does not match format %r"
                         % (data, fmt))
    if m.end() != len(data):
        raise ValueError("unconverted data remains: %s" % data[m.end():])
    g = m.groupdict()
    year = None
    month = 1
    day = 1
    hour = minute = second = us = 0
    tz = None
    weekday = None
    julian = None
    week_of_year = None
    week_starts_monday = False
    iso_year = iso_week = None
    ampm = None
    hour12 = None
    if g.get("Y") is not None:
        year = int(g["Y"])
    elif g.get("y") is not None:
        year = int(g["y"])
        year += 2000 if year <= 68 else 1900
    if g.get("G") is not None:
        iso_year = int(g["G"])
    if g.get("m") is not None:
        month = int(g["m"])
    if g.get("B") is not None:
        month = [x.lower() if x else x for x in _MONTH_FULL].index(
            g["B"].lower())
    if g.get("b") is not None:
        month = [x.lower() if x else x for x in _MONTH_ABBR].index(
            g["b"].lower())
    if g.get("d") is not None:
        day = int(g["d"])
    if g.get("H") is not None:
        hour = int(g["H"])
    if g.get("I") is not None:
        hour12 = int(g["I"])
    if g.get("p") is not None:
        ampm = g["p"].lower()
    if hour12 is not None:
        if ampm == "pm":
            hour = 12 if hour12 == 12 else hour12 + 12
        else:
            hour = 0 if hour12 == 12 else hour12
    if g.get("M") is not None:
        minute = int(g["M"])
    if g.get("S") is not None:
        second = int(g["S"])
    if g.get("f") is not None:
        f = g["f"]
        us = int(f + "0" * (6 - len(f)))
    if g.get("A") is not None:
        weekday = [x.lower() for x in _DAY_FULL].index(g["A"].lower())
    if g.get("a") is not None:
        weekday = [x.lower() for x in _DAY_ABBR].index(g["a"].lower())
    if g.get("w") is not None:
        weekday = (int(g["w"]) - 1) % 7
    if g.get("u") is not None:
        weekday = int(g["u"]) - 1
    if g.get("j") is not None:
        julian = int(g["j"])
    if g.get("U") is not None:
        week_of_year = int(g["U"])
        week_starts_monday = False
    if g.get("W") is not None:
        week_of_year = int(g["W"])
        week_starts_monday = True
    if g.get("V") is not None:
        iso_week = int(g["V"])
    if g.get("z") is not None:
        z = g["z"]
        if z == "Z" or z == "z":
            tz = timezone.utc
        else:
            sign = -1 if z[0] == "-" else 1
            body = z[1:].replace(":", "")
            hh = int(body[0:2])
            mm = int(body[2:4])
            ss = int(body[4:6]) if len(body) >= 6 else 0
            fus = 0
            if len(body) > 7:
                frac = body[7:]
                fus = int(frac + "0" * (6 - len(frac)))
            off = timedelta(hours=hh, minutes=mm, seconds=ss,
                            microseconds=fus)
            if sign < 0:
                off = -off
            tz = timezone(off)
    if iso_year is not None:
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday directive"
                             " ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")
    if iso_year is not None:
        year, month, day = _from_iso_calendar(iso_year, iso_week,
                                              weekday + 1)
        julian = None
    leap_default = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_default = True
        else:
            year = 1900
    if julian is None and weekday is not None and week_of_year is not None:
        # day of the week within a numbered week; week 1 starts on the
        # year's first Monday (%W) or first Sunday (%U), the days before it
        # are week 0
        jan1 = _weekday_of(year, 1, 1)               # Monday == 0
        if week_starts_monday:
            off = weekday
        else:
            jan1 = (jan1 + 1) % 7                    # Sunday == 0
            off = (weekday + 1) % 7
        if week_of_year == 0:
            julian = 1 + off - jan1
        else:
            julian = 1 + (7 - jan1) % 7 + (week_of_year - 1) * 7 + off
        if julian <= 0:
            year -= 1
            julian += 366 if _leap(year) else 365
    if julian is not None:
        y, mo, d = _from_ordinal(_days_before_year(year) + julian)
        year, month, day = y, mo, d
    if leap_default:
        year = 1900
    return year, month, day, hour, minute, second, us, tz
