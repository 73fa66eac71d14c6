# Found by a differential hunt: builtin dunders as attributes, identity of new empty lists,
# -2**63 shifts, huge slice bounds, repetition overflow, Unicode 14 repr, message texts.
def f():
    d = {"a": 3, "b": 1, "c": 2}
    return sorted(d, key=d.__getitem__), (5).__add__(3), 'ab'.__len__(), [1].__contains__(1), (1).__lt__(2), (5).__add__(3.0), 'a'.__add__('b'), (3).__eq__('x')
f()
a = []
b = []
a is b, a is not b, [] is [], {} is {}
m = -2**63
m << 1, m * 2, m << 62
(10).as_integer_ratio(), True.as_integer_ratio()
xs = [1, 2, 3]
xs[:10**20], "abc"[2**63:], xs[-10**30:2], xs[::10**25], xs[::-10**25]
import math
repr("\U0001fae8"), "\U0001fae8".isprintable()
def g(**k):
    return k
def h():
    try:
        return g(**{1: 2})
    except TypeError as e:
        return str(e)
h()
def p():
    try:
        return math.prod(['a', 'b'])
    except TypeError as e:
        return str(e)
p()
def r(x):
    try:
        return x()
    except Exception as e:
        return type(e).__name__, str(e)
r(lambda: [0] * 2**63), r(lambda: 'ab' * 2**62), r(lambda: (5).is_integer()), r(lambda: int('\U0001e4f1\U0001e4f2'))
d = {i: i * i for i in range(5)}
e = {**d, 9: 1}
d2 = d | {10: 2}
e, d2, d, {**d}
def grow(n):
    d = {}
    for i in range(n):
        d = d | {i: i}
    return len(d), d[n - 1]
grow(20000)
