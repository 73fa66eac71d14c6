# tomllib: every kind of value and table of TOML 1.0.
import tomllib
from decimal import Decimal

doc = r'''
# comment at the top
title = "TOML \"example\" \u00e9 \U0001F600 \b\t\n\f\r\\"
literal = 'C:\Users\nodejs\templates'
empty = ""
empty_lit = ''
multi = """
Roses are red
Violets are blue"""
multi_cont = """\
    The quick brown \
    fox jumps over \
    the lazy dog.\
    """
multi_quotes = """Here are two quotation marks: "". Simple enough."""
multi_five = """Here are three quotation marks: ""\"."""
ends_quotes = """quoted ""value"""""
lit_multi = QQQ
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
QQQ
lit_quotes = QQQHere are fifteen quotation marks: """""""""""""""QQQ
lit_end = QQQ'That,' she said, 'is still pointless.QQQ'
"quoted key" = 1
'single quoted' = 2
"" = "empty key"
bare-key_1 = 3
1234 = "numeric key"
dotted.key.here = "d"
site."google.com" = true
  spaced . key = "ws around dots"

int1 = +99
int2 = 42
int3 = 0
int4 = -17
int5 = 1_000
int6 = 5_349_221
int7 = 1_2_3_4_5
hex1 = 0xDEADBEEF
hex2 = 0xdead_beef
oct1 = 0o01234567
oct2 = 0o755
bin1 = 0b11010110
big = 9223372036854775808
neg0 = -0
flt1 = +1.0
flt2 = 3.1415
flt3 = -0.01
flt4 = 5e+22
flt5 = 1e06
flt6 = -2E-2
flt7 = 6.626e-34
flt8 = 224_617.445_991_228
sf1 = inf
sf2 = +inf
sf3 = -inf
sf4 = nan
sf5 = +nan
sf6 = -nan
zero_f = -0.0
bool1 = true
bool2 = false
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999-07:00
odt4 = 1979-05-27 07:32:00Z
odt5 = 1979-05-27t07:32:00.1234567+05:30
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.5
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.999999
lt3 = 23:59:59.1
arr1 = [ 1, 2, 3 ]
arr2 = [ "red", "yellow", "green" ]
arr3 = [ [ 1, 2 ], [3, 4, 5] ]
arr4 = [ "all", 'strings', """are the same""", QQQtypeQQQ ]
arr5 = [ [ 1, 2 ], ["a", "b", "c"] ]
arr6 = [ 0.1, 0.2, 0.5, 1, 2, 5 ]
arr7 = [
  1, # one
  2, # two
]
arr8 = [ { x = 1, y = 2 }, { x = 3 } ]
arr_empty = [ ]
arr_empty2 = [
]
inline = { first = "Tom", last = "Preston-Werner", nested = { a.b = 1 } }
inline_empty = {}

[table-1]
key1 = "some string"
key2 = 123

[table-2]
key1 = "another string"

[dog."tater.man"]
type.name = "pug"

[ j . "ʞ" . 'l' ]
x = 1

[x.y.z.w]
[x]
defined_later = true

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''.replace("QQQ", "'" * 3)


def show(d, indent=0):
    for k, v in d.items():
        if isinstance(v, dict):
            print(" " * indent + repr(k) + ":")
            show(v, indent + 2)
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for i, x in enumerate(v):
                print(" " * indent + "%r[%d]:" % (k, i))
                show(x, indent + 2)
        else:
            print(" " * indent + "%r = %r (%s)" % (k, v, type(v).__name__))


data = tomllib.loads(doc)
show(data)
print(data["odt2"].utcoffset(), data["odt1"].tzinfo, data["odt5"].tzinfo, data["ldt1"].tzinfo)
print(tomllib.loads("a = 1.5\nb = [2.25, nan]\nc = 3", parse_float=Decimal))
print(tomllib.loads("v = 0.1", parse_float=str), tomllib.loads("v = 1e5", parse_float=lambda s: s[::-1]))
print(tomllib.loads("a = 1\r\nb = 'x'\r\n"), tomllib.loads(""), tomllib.loads("\n\n# only comment"))
print(tomllib.loads("s = \"\"\"a\r\nb\"\"\""), tomllib.loads("k = 1 # trailing\t"))
import io
print(tomllib.load(io.BytesIO("name = \"\u00e9\"\n[t]\nx = [1]\n".encode())))
print(tomllib.__all__, tomllib.TOMLDecodeError.__mro__[1].__name__, tomllib.TOMLDecodeError.__module__)
