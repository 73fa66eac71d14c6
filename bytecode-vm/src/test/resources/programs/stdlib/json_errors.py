# JSON decoding errors (with their positions) and encoding errors.
import json

def parse(text, **kw):
    try:
        return json.loads(text, **kw)
    except json.JSONDecodeError as e:
        return 'JSONDecodeError: %s | msg=%r pos=%d line=%d col=%d' % (e, e.msg, e.pos, e.lineno, e.colno)

parse('')
parse('   ')
parse('[1, 2,]')
parse('{"a": 1,}')
parse('{"a" 1}')
parse("{'a': 1}")
parse('[1 2]')
parse('{"a": [1, 2}')
parse('"unterminated')
parse('"bad \\x escape"')
parse('"\\u12G4"')
parse('"line\nbreak"')
parse('"line\nbreak"', strict=False)
parse('[1, 2] extra')
parse('{\n  "a": 1,\n  "b": tru\n}')
parse('{\n  "a": 1\n  "b": 2\n}')
parse('01')
parse('-')
parse('\ufeff[]')
parse('[' * 3)
parse('{"a": {"b": [1, {"c": }]}}')

issubclass(json.JSONDecodeError, ValueError)
try:
    json.loads('nope')
except ValueError as e:
    caught = str(e)
caught

def encode(value, **kw):
    try:
        return json.dumps(value, **kw)
    except (TypeError, ValueError) as e:
        return type(e).__name__ + ': ' + str(e)

class Money:
    def __init__(self, cents):
        self.cents = cents

encode(Money(5))
encode({'price': Money(5)})
encode({(1, 2): 'tuple key'})
encode({(1, 2): 'tuple key', 'ok': 1}, skipkeys=True)
encode({1, 2})
encode([float('nan')], allow_nan=False)
encode({'x': float('inf')}, allow_nan=False, indent=1)
encode({'b': 1, 2: 'a'}, sort_keys=True)
loop = []
loop.append(loop)
encode(loop)
d = {}
d['self'] = d
encode(d, indent=2)
shared = [1]
encode([shared, shared, {'s': shared}])
encode(Money(7), default=lambda m: {'cents': m.cents})
encode(Money(7), default=lambda m: m)
encode(None)
try:
    json.loads(123)
except TypeError as e:
    bad_type = str(e)
bad_type
