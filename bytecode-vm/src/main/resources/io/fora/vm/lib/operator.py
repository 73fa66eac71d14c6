# operator for Fora: the operators as functions.


_abs = abs


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def abs(a):
    return _abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    # range() takes exactly what __index__ gives, with CPython's TypeError for anything else
    return range(a).stop


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def concat(a, b):
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b


def contains(a, b):
    return b in a


def countOf(a, b):
    return sum(1 for i in a if i is b or i == b)


def getitem(a, b):
    return a[b]


def indexOf(a, b):
    for i, j in enumerate(a):
        if j is b or j == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def itemgetter(item, *items):
    if not items:
        def g(obj):
            return obj[item]
    else:
        keys = (item,) + items

        def g(obj):
            return tuple(obj[i] for i in keys)
    return g


def attrgetter(attr, *attrs):
    for a in (attr,) + attrs:
        if not isinstance(a, str):
            raise TypeError('attribute name must be a string')

    def resolve(obj, name):
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj
    if not attrs:
        def g(obj):
            return resolve(obj, attr)
    else:
        names = (attr,) + attrs

        def g(obj):
            return tuple(resolve(obj, n) for n in names)
    return g


def methodcaller(name, *args, **kwargs):
    if not isinstance(name, str):
        raise TypeError('method name must be a string')

    def caller(obj):
        return getattr(obj, name)(*args, **kwargs)
    return caller
