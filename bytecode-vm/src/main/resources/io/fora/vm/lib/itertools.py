# itertools for Fora, as generators (count and repeat are classes, for CPython's repr). Each
# function checks its arguments when called, as CPython's itertools objects do.

import _itertools

_maxsize = 9223372036854775807


class count:
    """count(start=0, step=1): start, start + step, ... (an iterator with CPython's repr)."""
    __fora_tp_name__ = 'itertools.count'  # how CPython's C type names itself in messages

    def __init__(self, start=0, step=1):
        for v in (start, step):
            # a number as CPython's PyNumber_Check sees one (Decimal and Fraction are; str is not)
            if not isinstance(v, (int, float, complex)) and not any(
                    hasattr(type(v), m) for m in ('__index__', '__int__', '__float__', '__complex__')):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)

    def __reduce__(self):
        return (type(self), (self._n, self._step))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved = saved + [element]
    while saved:
        for element in saved:
            yield element


def cycle(iterable):
    return _cycle(iter(iterable))


class repeat:
    """repeat(object[, times]): object, again and again (times times when given)."""
    __fora_tp_name__ = 'itertools.repeat'  # how CPython's C type names itself in messages

    def __init__(self, object, times=None):
        if times is not None and not isinstance(times, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
        self._obj = object
        self._left = None if times is None else max(0, times)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._left)

    def __reduce__(self):
        return (type(self), (self._obj,) if self._left is None else (self._obj, self._left))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        try:
            total = total + element if func is None else func(total, element)
        except StopIteration:
            return  # as CPython's C accumulate: the function's StopIteration ends it
        yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


class chain:
    def __new__(cls, *iterables):
        return _chain(iterables)

    @staticmethod
    def from_iterable(iterables):
        return _chain(iterables)


def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)


def _dropwhile(predicate, it):
    for x in it:
        try:
            drop = predicate(x)
        except StopIteration:
            return
        if not drop:
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        try:
            take = predicate(x)
        except StopIteration:
            return
        if take:
            yield x
        else:
            break


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    for x in it:
        try:
            keep = bool(x) if predicate is None else predicate(x)
        except StopIteration:
            return
        if not keep:
            yield x


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


_NOKEY = object()


class groupby:
    """CPython's groupby (its C steps): lazy, and a group is over once the next key is asked for."""
    __fora_tp_name__ = 'itertools.groupby'  # how CPython's C type names itself in messages

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _NOKEY
        self._grouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._grouper = None
        while True:
            if self._currkey is _NOKEY:
                pass
            elif self._tgtkey is _NOKEY:
                break
            else:
                t, c = self._tgtkey, self._currkey
                if not (t is c or t == c):
                    break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._grouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._grouper is not self:
            raise StopIteration
        if p._currvalue is _NOKEY:
            p._step()
        t, c = self._tgtkey, p._currkey
        if not (t is c or t == c):
            raise StopIteration
        value = p._currvalue
        p._currvalue = _NOKEY
        p._currkey = _NOKEY
        return value


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    for element in it:
        if stop is not None and i >= stop:
            return
        if i == nexti:
            yield element
            nexti = nexti + step
        i = i + 1
        if stop is not None and i >= stop:
            return


def islice(iterable, *args):
    if len(args) == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (tuple(args) + (None,))[:3]
    if stop is not None and (not isinstance(stop, int) or stop < 0 or stop > _maxsize):
        raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if start is not None and (not isinstance(start, int) or start < 0 or start > _maxsize):
        raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    if step is not None and (not isinstance(step, int) or step <= 0 or step > _maxsize):
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    return _islice(it, 0 if start is None else start, stop, 1 if step is None else step)


def _starmap(function, it):
    for args in it:
        try:
            v = function(*args)
        except StopIteration:
            return
        yield v


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if isinstance(it, _tee) else _tee(it, [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))


class _tee:
    """One of tee()'s iterators: the copies share the values read so far as a linked list of
    [value, next] cells, and read the underlying iterator only when one of them gets ahead
    (lazily, as CPython: an infinite or self-referencing generator tees)."""
    __fora_tp_name__ = 'itertools._tee'  # how CPython's C type names itself in messages
    __slots__ = ('_it', '_link')

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            value = next(self._it)
            link[0] = value
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)


def _zip_longest(iterators, fillvalue):
    n = len(iterators)
    active = [True] * n
    left = n
    while True:
        values = []
        for i in range(n):
            if active[i]:
                try:
                    v = next(iterators[i])
                except StopIteration:
                    left = left - 1
                    if left == 0:
                        return
                    active = active[:i] + [False] + active[i + 1:]
                    v = fillvalue
            else:
                v = fillvalue
            values = values + [v]
        yield tuple(values)


def zip_longest(*args, fillvalue=None):
    if not args:
        return _empty()
    return _zip_longest([iter(it) for it in args], fillvalue)


def product(*args, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in args] * repeat
    return _itertools.product(tuple(pools))


def _empty():
    return
    yield


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _itertools.permutations(pool, r)


def combinations(iterable, r):
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _itertools.combinations(pool, r)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    if not isinstance(r, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _itertools.combinations_with_replacement(pool, r)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    return _pairwise(iter(iterable))
