# Exceptions raised out of compiled functions: custom iterators' StopIteration, errors through
# several compiled callers (their traceback entries), context while another is handled, re-raise.
import traceback


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def total(k):
    s = 0
    for _ in range(k):
        for x in Countdown(4):
            s += x
    return s


print(total(300))


class Invalid(ValueError):
    pass


def validate(v):
    if v < 0:
        raise Invalid("negative: %d" % v)
    if v > 100:
        raise ValueError
    return v


def level2(v):
    return validate(v) * 2


def level1(vs):
    out = []
    for v in vs:
        if v % 2:
            out.append(level2(v))
        else:
            out.insert(0, level2(v))
    return out


for _ in range(200):
    level1([1, 2, 3])


def where(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


for bad in ([1, -2, 3], [5, 500]):
    try:
        level1(bad)
    except ValueError as e:
        print(type(e).__name__, e.args, where(e))


def handler():
    try:
        return {}["missing"]
    except KeyError:
        validate(-7)


try:
    handler()
except Invalid as e:
    print(repr(e), repr(e.__context__), where(e))

saved = Invalid("kept")


def reraiser():
    raise saved


for attempt in range(3):
    try:
        reraiser()
    except Invalid as e:
        print(attempt, len(traceback.extract_tb(e.__traceback__)), e.__context__)

it = Countdown(1)
print(next(it), next(it, 'done'))
try:
    next(it)
except StopIteration as e:
    print('stop', e.args)


def wrong():
    raise 42


try:
    wrong()
except TypeError as e:
    print(e, where(e))


def chained(v):
    try:
        validate(v)
    except Invalid as e:
        raise RuntimeError("wrapped") from e


try:
    chained(-1)
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), where(e))


def lookup(d, k):
    if k not in d:
        raise KeyError(k)
    return d[k]


def counted(d, ks):
    n = 0
    for k in ks:
        try:
            n += lookup(d, k)
        except KeyError:
            n -= 1
    return n


print(counted({'a': 1, 'b': 2}, ['a', 'x', 'b', 'y'] * 100))
level1([1, 2, -3])
