# a metaclass's __prepare__ is called before the class body, and the body runs in the mapping it
# returns: every assignment goes through the mapping's __setitem__, names are read from it first,
# and the metaclass gets that very mapping
import collections

log = []


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'{key!r} is defined twice')
        log.append(key)
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(('prepare', name, bases, kw))
        return NoDuplicates()

    def __new__(mcs, name, bases, ns, **kw):
        log.append(('new', type(ns).__name__, '__classcell__' in ns))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=Strict, flavour='plain'):
    log.append('body starts')
    x = 1

    def f(self):
        return x_global_fallback

    def g(self):
        return super().__repr__ is not None


x_global_fallback = 'from globals'
print(log)
print(A().f(), A().g(), A.x)
log.clear()

try:
    class B(metaclass=Strict):
        y = 1
        y = 2
except TypeError as e:
    print('TypeError:', e)
print(log)


# a mapping that is not a dict at all: reads and writes go through its methods
class Recorder:
    def __init__(self):
        self.items = {}
        self.order = []

    def __getitem__(self, key):
        return self.items[key]

    def __setitem__(self, key, value):
        self.order.append(key)
        self.items[key] = value

    def __delitem__(self, key):
        self.order.append('del ' + key)
        del self.items[key]

    def keys(self):
        return self.items.keys()


class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()

    def __new__(mcs, name, bases, ns):
        print('order', [k for k in ns.order if not k.startswith('__')])
        return super().__new__(mcs, name, bases, dict(ns.items))


class C(metaclass=Meta):
    a = 1
    b = a + 1  # read back from the mapping
    tmp = 3
    del tmp
    a = 10

print(C.a, C.b, hasattr(C, 'tmp'))


# an OrderedDict namespace, and a subclass of a class with such a metaclass
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return collections.OrderedDict()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.fields = [k for k in ns if not k.startswith('__')]
        return cls


class P(metaclass=Ordered):
    z = 1
    a = 2
    m = 3


class Q(P):
    b = 1
    c = 2


print(P.fields, Q.fields, type(Q).__name__)


# __prepare__ answering an empty dict, and one with names in it already
class Seeded(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {'seed': 42, 'double': lambda v: 2 * v}


class S(metaclass=Seeded):
    twice = double(seed)


print(S.seed, S.twice)


# __prepare__ answering an empty dict is called once, and that very dict reaches the metaclass
class Once(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print('prepare', name)
        return {}

    def __new__(mcs, name, bases, ns):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcs, name, bases, ns)


class O(metaclass=Once):
    a = len('abc')  # a builtin read through the dict namespace
    b = a + 1


print(O.a, O.b)
