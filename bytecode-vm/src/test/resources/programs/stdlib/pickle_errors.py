import io
import pickle


def clean(msg):
    while ' at 0x' in msg:
        i = msg.index(' at 0x')
        msg = msg[:i] + msg[msg.index('>', i):]
    return msg


def attempt(label, f):
    try:
        r = f()
    except pickle.PickleError as e:
        print(label, '->', type(e).__name__, '(PickleError)', clean(str(e)))
    except (AttributeError, ImportError) as e:
        # (the message shows a module repr / import system detail)
        print(label, '->', type(e).__name__, clean(str(e)).split(' on <')[0]
              if 'No module' not in str(e) else '')
    except Exception as e:
        print(label, '->', type(e).__name__, clean(str(e)))
    else:
        print(label, '-> ok', repr(r)[:80])


class R:
    def __init__(self, rv):
        self.rv = rv

    def __reduce__(self):
        return self.rv


def gen():
    yield 1


class BadGetnewargs:
    def __getnewargs__(self):
        return [1]


class BadGetnewargsEx:
    def __getnewargs_ex__(self):
        return ((), {}, 3)


class WrongClassNewobj:
    def __reduce_ex__(self, proto):
        return (copyreg_newobj, (int, 5))


def copyreg_newobj(cls, *args):
    return cls.__new__(cls, *args)


copyreg_newobj.__name__ = '__newobj__'


for p in (0, 2, 4):
    print('--- protocol', p)
    attempt('reduce int', lambda: pickle.dumps(R(5), p))
    attempt('reduce empty', lambda: pickle.dumps(R(()), p))
    attempt('reduce 7', lambda: pickle.dumps(R((1, 2, 3, 4, 5, 6, 7)), p))
    attempt('not callable', lambda: pickle.dumps(R((5, ())), p))
    attempt('args not tuple', lambda: pickle.dumps(R((R, [1])), p))
    attempt('listitems', lambda: pickle.dumps(R((R, (1,), None, [1])), p))
    attempt('dictitems', lambda: pickle.dumps(R((R, (1,), None, None, {})), p))
    attempt('setter', lambda: pickle.dumps(R((R, (1,), None, None, None, 5)), p))
    attempt('generator', lambda: pickle.dumps(gen(), p))
    attempt('lambda', lambda: pickle.dumps(lambda: 1, p))
    attempt('getnewargs', lambda: pickle.dumps(BadGetnewargs(), p))
    attempt('getnewargs_ex', lambda: pickle.dumps(BadGetnewargsEx(), p))
    attempt('wrong class', lambda: pickle.dumps(WrongClassNewobj(), p))
    attempt('picklebuffer', lambda: pickle.dumps(pickle.PickleBuffer(b'x'), p))

attempt('protocol 6', lambda: pickle.dumps(1, 6))
attempt('protocol -1', lambda: pickle.dumps(1, -1))
attempt('callback', lambda: pickle.dumps(1, 4, buffer_callback=print))
attempt('no write', lambda: pickle.Pickler(5))
attempt('no read', lambda: pickle.Unpickler(5))
attempt('loads str', lambda: pickle.loads('abc'))

bad_inputs = [b'', b'N', b'\x80', b'\x80\x04\x95', b'\x80\x04K', b'\xff',
              b'}', b'h\x05.', b'\x80\x09N.', b'0', b'(1', b'.', b't.',
              b'(R.', b'K\x01K\x02R.', b'X\x05\x00\x00\x00ab', b'I12',
              b'c__main__\nNoSuchThing\n.', b'cno_such_module\nx\n.',
              b'\x80\x04\x8c\x08__main__\x8c\x03Nop\x93.', b'1',
              b'K\x01\x81.', b'(K\x01u.', b'g7\n.', b'Q.', b'P1\n.',
              b'S"unquoted\n.', b'\x80\x05\x97.', b'\x82\x01.',
              b'\x93.', b'N\x93.', b'Na.', b'\x8b\xff\xff\xff\xff']
for data in bad_inputs:
    attempt(repr(data), lambda: pickle.loads(data))

f = io.BytesIO(b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00K\x01')
attempt('short frame', lambda: pickle.load(f))
print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))
print(pickle.PicklingError.__module__, pickle.Pickler.__module__)
