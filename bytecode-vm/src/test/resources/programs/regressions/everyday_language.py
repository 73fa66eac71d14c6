# language corners as everyday code meets them: match with class patterns, operator overloading, metaclasses, descriptors, generators, finally, scopes, views, slices, bytes formatting, numbers, str methods
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

class V:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y) if isinstance(o, V) else NotImplemented
    def __radd__(self, o):
        return V(self.x + o, self.y + o)
    def __iadd__(self, o):
        self.x += o
        return self
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    __hash__ = None
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)

def where(p):
    match p:
        case V(0, 0):
            return "origin"
        case V(x, 0) if x > 0:
            return f"pos x {x}"
        case V(x=0, y=y):
            return f"y axis {y}"
        case [a, b, *rest]:
            return f"seq {a} {b} {rest}"
        case {"k": v, **others}:
            return f"map {v} {others}"
        case str() | bytes():
            return "text"
        case int(n) if n < 0:
            return "neg"
        case _:
            return "other"

show("match", lambda: [where(v) for v in [V(0, 0), V(3, 0), V(0, 5), V(1, 1), [1, 2, 3], {"k": 1, "z": 2}, "s", -4, 4.5]])
show("ops", lambda: (V(1, 2) + V(3, 4), 10 + V(1, 2), sum([V(1, 1), V(2, 2)], V(0, 0))))
v = V(1, 2); v += 5
show("iadd", lambda: v)
show("hash none", lambda: hash(V(1, 2)))
show("bool len", lambda: (bool(V(0, 0)), len(V(1, 2)), list(V(3, 4)), 3 in V(3, 4), V(1, 2) == V(1, 2), V(1, 2) != V(2, 1)))
show("unpack", lambda: tuple(V(7, 8)))
class Meta(type):
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.tag = "made"
        return obj
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
class W(metaclass=Meta):
    def __init__(self, v):
        self.v = v
show("metacall", lambda: (W(1).tag, W[int]))
class G:
    def __getattr__(self, name):
        return name.upper()
    def __setattr__(self, name, value):
        object.__setattr__(self, "_" + name, value)
g = G(); g.a = 1
show("getattr", lambda: (g.zzz, g._a, vars(g)))
class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, typ=None):
        return self if obj is None else getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)
class H:
    d = Desc()
h = H(); h.d = 21
show("descriptor", lambda: (h.d, type(H.d).__name__, H().d))
def gen():
    try:
        x = yield 1
        while True:
            x = yield x * 2
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("gen finally")
gg = gen()
show("gen", lambda: (next(gg), gg.send(5), gg.send(7), gg.throw(ValueError("v")), gg.close()))
def f():
    try:
        return "try"
    finally:
        print("finally runs")
show("finally", f)
def g2():
    for i in range(3):
        try:
            continue
        finally:
            print("cont", i)
    return "done"
show("finally loop", g2)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("wrapped")
except ValueError as e:
    show("context", lambda: (repr(e.__context__), e.__suppress_context__))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
show("nonlocal", lambda: [c(), c(), c()])
show("comprehension scope", lambda: [[j for j in range(i)] for i in range(3)])
x = 10
show("genexp scope", lambda: list(x * i for i in range(3)))
show("sort stable", lambda: sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0]))
show("sort reverse stable", lambda: sorted(["bb", "a", "cc", "d"], key=len, reverse=True))
show("dict views", lambda: ({"a": 1, "b": 2}.keys() & {"b", "c"}, sorted({"a": 1}.items() | {("z", 9)}), list(reversed({"a": 1, "b": 2}))))
show("dict merge", lambda: ({"a": 1} | {"b": 2}, dict.fromkeys("ab", 0)))
show("set ops", lambda: ({1, 2, 3} ^ {2, 4}, {1, 2} <= {1, 2, 3}, {1, 2}.isdisjoint({3}), frozenset({1}) | {2}))
show("slices", lambda: ("abcdef"[::-2], [1, 2, 3, 4][-3:-1], (1, 2, 3)[::-1], b"hello"[1:4], "abc"[10:], list(range(10))[8:2:-3]))
show("bytes", lambda: (b"a,b".split(b","), bytearray(b"abc").replace(b"b", b"x"), b"%d-%s" % (1, b"x"), bytes.fromhex("41 42"), b"ab".hex(":"), (1024).to_bytes(2, "big"), int.from_bytes(b"\x00\x10", "little")))
show("big ints", lambda: (2 ** 100 // 3, -(2 ** 64) % 7, pow(3, 100, 1000), (10 ** 30).bit_length(), int("9" * 40) + 1, divmod(-(10 ** 20), 7)))
show("float fmt", lambda: (1e300 * 1e10, -0.0, 0.1 + 0.2 == 0.3, float("1e-320"), (2.5).as_integer_ratio(), (0.1).hex(), 1.5.is_integer()))
show("complex", lambda: ((1 + 2j) * (3 - 1j), abs(3 + 4j), (1j) ** 2, complex("1+2j"), (2 + 0j) ** 0.5))
show("str methods", lambda: ("Hello World".title(), "a-b-c".rsplit("-", 1), "  x  ".lstrip(), "abc".partition("b"), "tab\there".expandtabs(4), "ß".casefold(), "Ǆ".title(), "x".join("abc"), "%-5s|" % "ab", "abc".translate(str.maketrans("ab", "xy"))))
show("str more", lambda: ("a1".isalnum(), "١٢".isdigit(), "Ab".swapcase(), "hello"[::-1].find("l"), "aaa".count("aa"), "a\nb\r\nc".splitlines(True), "{0!r:>6}".format("x"), f"{3.14159:.3}", f"{'x':*^7}", f"{42:#o}"))
