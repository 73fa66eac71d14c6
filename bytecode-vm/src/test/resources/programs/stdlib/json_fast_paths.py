# json.dumps without indent and json.loads with the default hooks run in Java: the same text and
# values as CPython's C accelerator, including errors, subclasses, default= and circular checks.
import json
from enum import IntEnum
from collections import OrderedDict


class Color(IntEnum):
    RED = 1


class S(str):
    pass


class F(float):
    pass


class L(list):
    pass


class D(dict):
    pass


doc = {"name": "caf\u00e9 \U0001F600", "n": [1, -2, 3.5, 1e100, -0.0, 2 ** 70, True, False, None],
       "nested": {"a": [[], {}, [[1]], {"k": "v\n\t\"\\"}], "b": (1, 2)}, 3: "int key", 2.5: "float key",
       None: "none key", True: "bool key", "ctl": "\x00\x1f\x7f\u2028", Color.RED: Color.RED,
       S("sub"): S("str sub"), "f": F(1.25), "l": L([1, 2]), "d": D(x=1)}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False))
print(json.dumps(doc, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [3, {"z": 1, "y": 2}]}, sort_keys=True))
print(json.dumps({(1, 2): "tuple key", "ok": 1}, skipkeys=True))
print(json.dumps([{1, 2}, object], default=lambda o: sorted(o) if isinstance(o, set) else o.__name__))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps("plain"), json.dumps(3), json.dumps(None))
print(json.dumps([float("nan"), float("inf"), -float("inf")]))
for bad in [lambda: json.dumps({(1, 2): 1}), lambda: json.dumps([float("nan")], allow_nan=False),
            lambda: json.dumps(object()), lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError", e)
shared = [1]
print(json.dumps([shared, shared]))

text = json.dumps(doc)
back = json.loads(text)
print(back)
print(json.loads('  {"a" : [1, 2.5, -3e-2, 1E3, 0, -0, true, false, null, "x\\u00e9\\ud83d\\ude00\\n"], "a": 2}  '))
print(json.loads('[NaN, Infinity, -Infinity, 12345678901234567890123, 1.0000000000000002]'))
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"'), json.loads("[]"), json.loads("{}"), json.loads(" 7 "))
print(json.JSONDecoder().raw_decode('{"x": 1} tail'), json.loads(b'[1, "b"]'))
for bad in ['{"a" 1}', '[1, 2', '{"a": 1,}', '"unterminated', '[1] x', '', '{"a": tru}', '"bad \\q escape"',
            '"\\u12"', '[01]', '"ctl \x01"', '-', '{1: 2}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"ctl \x01"', strict=False))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float), json.loads('{"a": 1}', object_hook=dict.items))
print(repr(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')), "\ud800x".encode("utf-8", "surrogatepass"))
