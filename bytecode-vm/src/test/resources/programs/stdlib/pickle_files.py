import io
import pickle


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload


# dump/load through file objects, several pickles in one stream
buf = io.BytesIO()
for p in range(6):
    pickle.dump({'p': p, 'data': [1, 2.5, 'three', b'four']}, buf, p)
pickle.dump('x' * 100000, buf, 4)
pickle.dump([b'y' * 70000, 'tail'], buf, 5)
raw = buf.getvalue()
print(len(raw), raw[:20], sum(raw) % 100003)
buf.seek(0)
for i in range(8):
    v = pickle.load(buf)
    print(i, repr(v)[:60], len(v))
print('rest', buf.read())
try:
    pickle.load(buf)
except Exception as e:
    print(type(e).__name__, e)

# Pickler object reused: memo persists across dump() calls
buf = io.BytesIO()
pk = pickle.Pickler(buf, 2)
shared = ['shared']
pk.dump(shared)
pk.dump(shared)
pk.clear_memo()
pk.dump(shared)
print(buf.getvalue())
buf.seek(0)
up = pickle.Unpickler(buf)
a = up.load()
b = up.load()
c = up.load()
print(a, b, c, a is b, a is c)


# persistent ids
class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return 'Record:' + obj.key
        return None


class DBUnpickler(pickle.Unpickler):
    def __init__(self, file, db):
        super().__init__(file)
        self.db = db

    def persistent_load(self, pid):
        tag, key = pid.split(':')
        if tag == 'Record':
            return self.db[key]
        raise pickle.UnpicklingError('unsupported persistent object')


db = {'r1': Record('r1', 'payload one'), 'r2': Record('r2', 'payload two')}
for p in range(6):
    f = io.BytesIO()
    DBPickler(f, p).dump([db['r1'], db['r2'], db['r1'], 'plain'])
    print(p, f.getvalue())
    f.seek(0)
    back = DBUnpickler(f, db).load()
    print('  ', back[0] is db['r1'], back[1].payload, back[3])


class StrPidPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if obj == 'magic':
            return 'ID42'
        return None


class StrPidUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('loaded', pid)


f = io.BytesIO()
StrPidPickler(f, 0).dump(['magic', 'other'])
print(f.getvalue())
f.seek(0)
print(StrPidUnpickler(f).load())
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print('UnpicklingError', e)


# dispatch_table and reducer_override
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(pt):
    return (Point, (pt.x, pt.y))


for p in (0, 2, 4):
    f = io.BytesIO()
    pk = pickle.Pickler(f, p)
    pk.dispatch_table = {Point: reduce_point}
    pk.dump([Point(1, 2), Point(3, 4)])
    print(p, f.getvalue())
    pts = pickle.loads(f.getvalue())
    print('  ', [(q.x, q.y) for q in pts])


class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return (Point, (obj.y, obj.x))
        if obj is int:
            return (type, (0,))
        return NotImplemented


f = io.BytesIO()
OverridePickler(f, 4).dump([Point(5, 6), 7, 'seven', {'k': Point(0, 1)}])
print(f.getvalue())
back = pickle.loads(f.getvalue())
print(back[0].x, back[0].y, back[1], back[2], back[3]['k'].x)


# Unpickler encoding options for Python 2 str data
py2 = b"(lp0\nS'caf\\xc3\\xa9'\np1\naS\"quote's\"\np2\naU\x03abcq\x03aT\x02\x00\x00\x00xyq\x04a."
print(pickle.loads(py2, encoding='bytes'))
print(pickle.loads(py2, encoding='latin1'))
try:
    pickle.loads(py2)
except Exception as e:
    print(type(e).__name__)

# PickleBuffer in protocol 5
pb = pickle.PickleBuffer(b'buffered')
print(pickle.dumps(pb, 5))
print(pickle.dumps(pickle.PickleBuffer(bytearray(b'mutable')), 5))
bufs = []
data = pickle.dumps([pickle.PickleBuffer(b'oob')], 5, buffer_callback=bufs.append)
print(data, len(bufs))
print(bytes(pickle.loads(data, buffers=[b'OOB'])[0]))
