import pickle


def top_level(x):
    return x * 2


class Klass:
    def method(self):
        return 'm'

    class Nested:
        class Deeper:
            pass

    @staticmethod
    def smeth():
        return 's'


def make_local():
    def local_fn():
        pass
    return local_fn


values = [top_level, Klass, Klass.Nested, Klass.Nested.Deeper, Klass.method,
          Klass.smeth, len, getattr, int, str, range, object, type, list,
          dict, set, frozenset, bytes, bytearray, tuple, float, bool,
          ValueError, KeyError, type(None), type(...), type(NotImplemented),
          ..., NotImplemented, [Klass, Klass, top_level], {'Klass': Klass},
          (len, len), pickle.PickleError, pickle.Pickler]

for p in range(pickle.HIGHEST_PROTOCOL + 1):
    print('--- protocol', p)
    for v in values:
        data = pickle.dumps(v, p)
        print(data)
        back = pickle.loads(data)
        print('   same:', back is v or back == v)
    for v in (top_level, Klass.Nested.Deeper):
        print(pickle.loads(pickle.dumps(v, p)) is v)
    print(pickle.loads(pickle.dumps(top_level, p))(21))
    print(pickle.dumps(str, p, fix_imports=False))

# errors
def err(f):
    try:
        f()
    except Exception as e:
        msg = str(e)
        if ' at 0x' in msg:
            i = msg.index(' at 0x')
            msg = msg[:i] + msg[msg.index('>', i):]
        print(type(e).__name__ + ':', msg)
    else:
        print('no error')

lam = lambda: 0
for p in (0, 2, 4):
    err(lambda: pickle.dumps(lam, p))
    err(lambda: pickle.dumps(make_local(), p))
    err(lambda: pickle.dumps([1, make_local()], p))

alias = top_level
def top_level(x):
    return x
err(lambda: pickle.dumps(alias, 2))
