# json.dump and json.load with file-like objects (io.StringIO, sys.stdout).
import io, json, sys
data = {'name': 'x', 'values': [1, 2.5, None, True], 'nested': {'b': 'ü', 'a': []}}
buf = io.StringIO()
json.dump(data, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump(data, buf, indent=2, sort_keys=True, ensure_ascii=False)
print(buf.getvalue())
json.dump([1, {'k': (2, 3)}], sys.stdout, separators=(',', ':'))
print()
print(json.load(io.StringIO('{"k": [1, 2.0, "three"], "z": null}')))
print(json.load(io.StringIO('[1.5, 2]'), parse_float=str, parse_int=float))
print(json.load(io.StringIO('{"a": 1, "b": 2}'), object_pairs_hook=list))
class Writes:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writes()
json.dump({'a': [1, 2]}, w)
print(''.join(w.parts))
try:
    json.load(io.StringIO('{"a": }'))
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
try:
    json.dump({1j: 2}, io.StringIO())
except TypeError as e:
    print('TypeError:', e)
print(sorted(json.__all__))
