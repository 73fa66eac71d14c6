# Decoding into objects with hooks, and encoders with default() for custom types.
import json
from collections import namedtuple

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

def as_point(d):
    if set(d) == {'x', 'y'}:
        return Point(d['x'], d['y'])
    return d

shape = json.loads('{"name": "triangle", "corners": [{"x": 0, "y": 0}, {"x": 4, "y": 0}, {"x": 0, "y": 3}]}', object_hook=as_point)
shape
json.loads('[{"b": 1, "a": 2}, {}]', object_pairs_hook=lambda pairs: pairs)
json.loads('{"b": 1, "a": {"d": 4, "c": 3}}', object_pairs_hook=lambda pairs: sorted(pairs))
json.loads('{"a": {}}', object_hook=len, object_pairs_hook=list)
json.loads('[1.10, 2, 3.0e1]', parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 100)
json.loads('[NaN, -Infinity, Infinity]', parse_constant=lambda name: name.lower())
json.loads('{"amount": 12.50}', parse_float=str)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)

text = json.dumps(shape, cls=PointEncoder)
text
json.loads(text, object_hook=as_point)
PointEncoder(indent=2, sort_keys=True).encode({'p': Point(1, 2), 'tags': {'b', 'a'}})
''.join(PointEncoder(separators=(',', '=')).iterencode([Point(5, 6)]))
try:
    json.dumps(object(), cls=PointEncoder)
except TypeError as e:
    err = str(e)
err

Row = namedtuple('Row', 'city temp')
rows = [Row('Oslo', -3.5), Row('Lima', 19.0)]
json.dumps(rows)
json.dumps([r._asdict() for r in rows], indent=1)

decoder = json.JSONDecoder()
decoder.decode('{"ok": true}')
decoder.raw_decode('[1, 2] trailing text')
decoder.raw_decode('{"a": "b"}xyz')
json.JSONDecoder(object_hook=as_point).decode('{"x": 1, "y": 2}')
encoder = json.JSONEncoder(sort_keys=True, separators=(',', ':'))
encoder.encode({'z': [1, 2], 'a': None})
json.dumps({'when': Point(3, 4)}, default=lambda o: [o.x, o.y], indent=2)

def to_jsonable(o):
    if isinstance(o, Point):
        return {'__point__': [o.x, o.y]}
    raise TypeError('cannot encode %s' % type(o).__name__)

def from_jsonable(d):
    if '__point__' in d:
        return Point(*d['__point__'])
    return d

payload = {'path': [Point(0, 0), Point(1, 1)], 'meta': {'units': 'm'}}
wire = json.dumps(payload, default=to_jsonable, sort_keys=True)
wire
json.loads(wire, object_hook=from_jsonable)
