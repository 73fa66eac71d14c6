# Instances of subclasses of str, int and float (StrEnum and IntEnum members among them) are
# read as their values by the builtin types' methods and builtin functions, as in CPython.
import math
from enum import Enum, IntEnum


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class Color(IntEnum):
    RED = 1
    GREEN = 2


class Sep(str, Enum):
    DASH = "-"
    COMMA = ","


cases = [
    ("divmod", lambda: divmod(I(7), I(2))),
    ("divmod int first", lambda: divmod(7, I(2))),
    ("divmod float sub", lambda: divmod(F(7.5), 2)),
    ("divmod enum", lambda: divmod(Color.GREEN, 2)),
    ("pow3", lambda: pow(I(2), I(10), I(1000))),
    ("pow3 enum", lambda: pow(Color.GREEN, 5, 7)),
    ("pow3 float", lambda: pow(2.0, 3, 5)),
    ("pow3 object", lambda: pow(3, object(), 5)),
    ("int.__pow__", lambda: (2).__pow__(I(5), I(7))),
    ("join", lambda: "-".join([S("a"), "b"])),
    ("in", lambda: S("ab") in "xaby"),
    ("replace", lambda: "xabx".replace(S("ab"), S("Z"))),
    ("split", lambda: "a-b".split(Sep.DASH)),
    ("split maxsplit", lambda: "a-b-c".split(S("-"), I(1))),
    ("startswith", lambda: "abc".startswith(S("a"))),
    ("startswith tuple", lambda: "abc".startswith((S("z"), S("ab")))),
    ("find", lambda: "abc".find(S("c"))),
    ("count", lambda: "banana".count(S("an"))),
    ("partition", lambda: "k,v".partition(Sep.COMMA)),
    ("strip", lambda: "xxhixx".strip(S("x"))),
    ("center", lambda: "abc".center(I(7), S("*"))),
    ("translate", lambda: "xy".translate({ord("x"): S("z")})),
    ("encode", lambda: "ab".encode(S("utf-8"))),
    ("decode", lambda: b"ab".decode(encoding=S("ascii"))),
    ("ord", lambda: ord(S("a"))),
    ("getattr", lambda: getattr(5, S("real"))),
    ("hasattr", lambda: hasattr(5, S("imag"))),
    ("to_bytes", lambda: I(5).to_bytes(I(2), S("big"))),
    ("from_bytes", lambda: int.from_bytes(b"\x01\x02", S("little"))),
    ("str.__add__", lambda: "x".__add__(S("y"))),
    ("int.__add__", lambda: (5).__add__(I(1))),
    ("float.__mul__", lambda: (2.0).__mul__(F(2.5))),
    ("int.__rsub__", lambda: (5).__rsub__(Color.RED)),
    ("str method result type", lambda: type(S("ab").strip()).__name__),
    ("%s str sub", lambda: "%s|%s" % (S("q"), Sep.DASH)),
    ("%s single", lambda: "%s" % Sep.COMMA),
    ("%d enum", lambda: "%d %s %r" % (Color.RED, Color.RED, Color.RED)),
    ("%d int sub", lambda: "%d" % I(5)),
    ("%.1f float sub", lambda: "%.1f %d" % (F(2.25), F(3.9))),
    ("math", lambda: (math.gcd(I(12), I(8)), math.isqrt(I(17)), math.factorial(Color.GREEN))),
    ("index", lambda: [10, 20, 30][Color.GREEN]),
    ("repeat", lambda: "ab" * I(2)),
    ("repeat float sub", lambda: "ab" * F(2)),
]

for label, f in cases:
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)


class Text(str):
    def __str__(self):
        return "custom"


print("%s|" % Text("raw"), "%s" % (Text("raw"),), "{}".format(Text("raw")), f"{Text('raw')}")
