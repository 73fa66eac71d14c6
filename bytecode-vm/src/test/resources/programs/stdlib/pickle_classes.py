import pickle


class Plain:
    def __init__(self, x=1):
        self.x = x
        self.items = [x, 'two']

    def __eq__(self, other):
        return type(other) is type(self) and self.__dict__ == other.__dict__


class Empty:
    pass


class Slotted:
    __slots__ = ('a', 'b', '__priv')

    def __init__(self):
        self.a = 1
        self._Slotted__priv = 'p'


class SlottedChild(Slotted):
    def __init__(self):
        Slotted.__init__(self)
        self.extra = 'e'


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = 'drop me'

    def __getstate__(self):
        return {'v': self.v}

    def __setstate__(self, state):
        self.v = state['v']
        self.cache = 'rebuilt'


class FalsyState:
    def __getstate__(self):
        return 0

    def __setstate__(self, state):
        self.restored = state


class NewArgs:
    def __new__(cls, a, b=0):
        self = object.__new__(cls)
        self.a = a
        self.b = b
        return self

    def __getnewargs__(self):
        return (self.a, self.b)


class NewArgsEx:
    def __new__(cls, a, *, key='k'):
        self = object.__new__(cls)
        self.a = a
        self.key = key
        return self

    def __getnewargs_ex__(self):
        return ((self.a,), {'key': self.key})


class NewArgsExNoKw:
    def __new__(cls, a):
        self = object.__new__(cls)
        self.a = a
        return self

    def __getnewargs_ex__(self):
        return ((self.a,), {})


def make_r(*args):
    return R2(*args)


class R2:
    def __init__(self, a=0, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (make_r, (self.a, self.b))


class R3:
    def __init__(self):
        self.s = None

    def __reduce__(self):
        return (R3, (), {'s': 'state'})


class R5(list):
    def __reduce__(self):
        return (R5, (), None, iter(list(self)), None)


class R5d(dict):
    def __reduce__(self):
        return (R5d, (), {'tag': 1}, None, iter(sorted(self.items())))


def set_state(obj, state):
    obj.via_setter = state


class R6:
    def __reduce__(self):
        return (R6, (), {'q': 1}, None, None, set_state)


class RStr:
    def __reduce__(self):
        return 'GLOBAL_INSTANCE'


GLOBAL_INSTANCE = RStr()


class RexOnly:
    def __init__(self, v):
        self.v = v

    def __reduce_ex__(self, proto):
        return (RexOnly, (self.v * 10 + proto,))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyFloat(float):
    pass


class MySet(set):
    pass


class Outer:
    class Inner:
        def __init__(self):
            self.n = 'inner'


def show(label, v, p):
    try:
        data = pickle.dumps(v, p)
    except Exception as e:
        print(label, p, 'ERROR', type(e).__name__, e)
        return None
    print(label, p, data)
    return data


ml = MyList([1, 2])
ml.attr = 'x'
md = MyDict(a=1)
mi = MyInt(5)
mi.tag = 't'
r5 = R5([1, 2, 3])
r5d = R5d(b=2, a=1)
cases = [('plain', Plain()), ('plain2', [Plain(2), Plain(3)]),
         ('empty', Empty()), ('slotted', Slotted()),
         ('slottedchild', SlottedChild()), ('withstate', WithState(7)),
         ('falsy', FalsyState()), ('newargs', NewArgs(1, 2)),
         ('newargsex', NewArgsEx(3, key='z')),
         ('newargsexnokw', NewArgsExNoKw(4)),
         ('r2', R2(1, 2)), ('r3', R3()), ('r5', r5), ('r5d', r5d),
         ('r6', R6()), ('rstr', GLOBAL_INSTANCE), ('rex', RexOnly(1)),
         ('mylist', ml), ('mydict', md), ('myint', mi),
         ('mystr', MyStr('s')), ('mytuple', MyTuple((1, 2))),
         ('myfloat', MyFloat(2.5)), ('myset', MySet([3])),
         ('inner', Outer.Inner()), ('shared', [Plain(9)] * 3)]

for p in range(pickle.HIGHEST_PROTOCOL + 1):
    print('=== protocol', p)
    for label, v in cases:
        data = show(label, v, p)
        if data is None:
            continue
        back = pickle.loads(data)
        print('   ->', type(back).__name__, end=' ')
        if label in ('plain', 'plain2'):
            print(back == v)
        elif label == 'slotted':
            print(back.a, back._Slotted__priv, hasattr(back, 'b'))
        elif label == 'slottedchild':
            print(back.a, back.extra)
        elif label == 'withstate':
            print(back.v, back.cache)
        elif label == 'falsy':
            print(getattr(back, 'restored', 'no setstate call'))
        elif label in ('newargs',):
            print(back.a, back.b)
        elif label in ('newargsex', 'newargsexnokw'):
            print(back.a, getattr(back, 'key', None))
        elif label == 'r2':
            print(back.a, back.b)
        elif label == 'r3':
            print(back.s)
        elif label == 'r5':
            print(list(back))
        elif label == 'r5d':
            print(sorted(back.items()), back.__dict__)
        elif label == 'r6':
            print(back.via_setter)
        elif label == 'rstr':
            print(back is GLOBAL_INSTANCE)
        elif label == 'rex':
            print(back.v)
        elif label == 'mylist':
            print(list(back), back.attr)
        elif label == 'myint':
            print(int(back), back.tag)
        elif label == 'inner':
            print(back.n)
        elif label == 'shared':
            print(back[0] is back[1] is back[2], back[0].x)
        else:
            print(back == v)
