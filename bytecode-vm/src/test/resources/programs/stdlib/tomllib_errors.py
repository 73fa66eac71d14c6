# tomllib: TOMLDecodeError messages and positions, and the TypeErrors of loads/load.
import io
import tomllib

bad = [
    "a = ", "a = 1 2", "a", "a =\n1", "= 1", "a.b = 1\na.b = 2", "a = 1\na = 2",
    "[a]\n[a]", "[a]\nb = 1\n[a.b]", "a = {x = 1}\n[a]", "a = [1]\n[[a]]",
    "[[a]]\n[a]", "a = {x = 1}\na.y = 2", "a = {x = {y = 1}}\n[a.x]",
    "[a.b]\n[a]\nb = 1", "a.b = 1\n[a.b]", "a.b.c = 1\n[a]\nb.d = 2", "[a]\nb.c = 1\n[a.b]",
    "a = [1, 2", "a = [1 2]", "a = {x = 1", "a = {x = 1 y = 2}", "a = {x = 1, x = 2}",
    "a = {x = 1,}", "a = {x.y = 1, x = 2}", "a = {x = [1], x.y = 2}", "a = \"unterminated",
    "a = \"line\nbreak\"", "a = 'unterminated", "a = '''never closed", "a = \"\"\"never closed",
    "a = \"bad \\q escape\"", "a = \"\\u12\"", "a = \"\\UD8000000\"", "a = \"\\uD800\"",
    "a = \"\"\"x \\  y\"\"\"", "a = \"ctrl \x01\"", "a = 'ctrl \x01'", "# comment \x01",
    "a = 1 # ok\x7f", "a = 0x", "a = 01", "a = 1__0", "a = _1", "a = 1_", "a = 1.", "a = .5",
    "a = 1e", "a = +0x10", "a = 0b2", "a = 1979-02-30", "a = 1979-13-01", "a = 24:00:00",
    "a = 1979-05-27T25:00:00", "a = 12:60:00", "a = 07:32", "a = tru", "a = True", "a = inf2",
    "a = nan.0", "[a", "[[a]", "[[a]\n", "[a]]", "[]", "[[]]", "a.b. = 1", "a..b = 1",
    "\"key = 1", "k = \"v\" x", "  # fine\n\t[ t ] extra", "a = [1,,2]", "a = [,]",
    "a = { }x", "x = 1\r\ny = 2\rz = 3", "x = 'a\rb'", "\x00", "a = \"\"\"\n\x02\"\"\"",
    "[a.b]\nc = 1\n[a]\nb = 2", "a = 1\n\n\n  b == 2", "[x]\n\n[[x.y]]\n[x.y]",
]
for doc in bad:
    try:
        print(repr(doc)[:30], "parsed:", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as exc:
        print(repr(doc)[:30], "|", exc)

for arg in [b"a = 1", None, 5, ["a = 1"]]:
    try:
        tomllib.loads(arg)
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__, exc)
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as exc:
    print("TypeError:", exc)
try:
    tomllib.load(io.BytesIO(b"a = \xff"))
except UnicodeDecodeError as exc:
    print("UnicodeDecodeError:", exc.reason)
for pf in [lambda s: {"f": s}, lambda s: [s]]:
    try:
        tomllib.loads("x = 1.5", parse_float=pf)
    except ValueError as exc:
        print("ValueError:", exc)
try:
    tomllib.loads("x = 1.5", parse_float=int)
except ValueError as exc:
    print("ValueError:", exc)
err = None
try:
    tomllib.loads("a = 1\nb = ?")
except ValueError as exc:
    err = exc
print(type(err).__name__, isinstance(err, ValueError), err.args)
for doc in ["d = 0000-01-01", "d = 2000-02-29", "d = 1900-02-29", "d = 2023-04-31T00:00:00Z",
            "d = 2024-02-29 12:00:00.1234567", "t = 2024-12-31t23:59:59-23:59"]:
    try:
        print(doc, "->", tomllib.loads(doc))
    except tomllib.TOMLDecodeError as exc:
        print(doc, "|", exc, "|", type(exc.__cause__).__name__, exc.__cause__)
