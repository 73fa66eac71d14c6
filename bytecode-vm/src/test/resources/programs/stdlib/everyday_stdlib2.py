# the standard library as people use it: dataclasses (InitVar, KW_ONLY, slots), typing, enum, copy, decimal, fractions, datetime, random, textwrap, struct, array, base64, hashlib
import dataclasses, typing, enum, copy, decimal, fractions, datetime, random, textwrap, struct, array, base64, hashlib
from dataclasses import dataclass, field, InitVar, KW_ONLY
from typing import TypedDict, Generic, TypeVar, Protocol, NamedTuple, get_type_hints
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

@dataclass(frozen=True)
class F:
    a: int
    b: list = field(default_factory=list, compare=False, repr=False)
@dataclass
class P:
    x: int
    scale: InitVar[int] = 1
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
@dataclass(kw_only=True)
class K:
    a: int = 1
    b: int = 2
@dataclass(slots=True)
class S:
    v: int
show("frozen", lambda: (F(1), F(1) == F(1, [2]), hash(F(1)) == hash(F(1))))
show("frozen set", lambda: setattr(F(1), "a", 2))
show("postinit", lambda: (P(3, 4), dataclasses.astuple(P(2)), dataclasses.fields(P)[0].name))
show("kwonly", lambda: (K(b=5), K()))
show("kwonly pos", lambda: K(1))
show("slots", lambda: (S(1), S.__slots__))
show("replace", lambda: dataclasses.replace(F(1), a=9))
show("is_dc", lambda: (dataclasses.is_dataclass(F), dataclasses.is_dataclass(F(1)), dataclasses.is_dataclass(1)))
class TD(TypedDict):
    name: str
    n: int
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
class HasLen(Protocol):
    def __len__(self) -> int: ...
class NT(NamedTuple):
    a: int
    b: str = "x"
def annotated(a: int, b: "str" = "") -> float:
    return 1.0
show("typeddict", lambda: (TD(name="a", n=1), type(TD(name="a", n=1)).__name__))
show("generic", lambda: (Box[int](3).v, Box(4).v))
show("nt", lambda: (NT(1), NT._fields, NT(1, "y")._asdict()))
show("hints", lambda: get_type_hints(annotated))
class Color(enum.Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.BLUE
class Perm(enum.IntFlag):
    R = 4
    W = 2
show("enum alias", lambda: (Color.CRIMSON is Color.RED, list(Color), Color(99), Color["BLUE"], Color.RED.value))
show("intflag", lambda: (Perm.R | Perm.W, int(Perm.R | Perm.W), Perm(6), Perm.R + 1))
show("enum members", lambda: list(Color.__members__))
class Node:
    def __init__(self):
        self.ref = self
        self.items = [1, [2]]
n = Node()
m = copy.deepcopy(n)
show("deepcopy cycle", lambda: (m.ref is m, m.items == n.items, m.items[1] is n.items[1]))
class D:
    def __deepcopy__(self, memo):
        return "custom"
show("deepcopy hook", lambda: copy.deepcopy([D()]))
ctx = decimal.Context(prec=5, rounding=decimal.ROUND_HALF_UP)
show("decimal", lambda: (ctx.divide(decimal.Decimal(1), decimal.Decimal(3)), decimal.Decimal("2.5").quantize(decimal.Decimal("1"), rounding=decimal.ROUND_HALF_EVEN), decimal.Decimal("1.30").normalize(), decimal.Decimal(0.1)))
show("decimal ops", lambda: (decimal.Decimal("10") ** 20, decimal.Decimal("-7") % 3, decimal.Decimal("7").sqrt(), decimal.Decimal("1e3").to_integral()))
show("fraction", lambda: (fractions.Fraction(1.1), fractions.Fraction(355, 113).limit_denominator(10), fractions.Fraction(3, 4) < 0.8, round(fractions.Fraction(7, 2))))
show("datetime", lambda: (datetime.date(2024, 3, 1) - datetime.date(2023, 3, 1), datetime.datetime(2024, 1, 31, 23, 59) + datetime.timedelta(minutes=2), datetime.timedelta(days=1, seconds=-1), datetime.date(2024, 1, 1).isocalendar(), datetime.datetime.strptime("2024-02-03 04:05", "%Y-%m-%d %H:%M")))
show("dt fmt", lambda: (datetime.date(2024, 7, 4).strftime("%a %b %d %j %U"), datetime.time(13, 5).isoformat(), datetime.datetime(2020, 5, 17).toordinal(), datetime.date.fromisoformat("2021-12-25").weekday()))
random.seed(7)
show("random", lambda: (random.choices("abc", weights=[1, 5, 1], k=5), random.randrange(0, 100, 7), random.triangular(0, 1), random.betavariate(2, 3), random.getrandbits(20)))
show("textwrap", lambda: (textwrap.dedent("  a\n   b\n"), textwrap.shorten("hello world foo bar", 12), textwrap.indent("a\nb", "> ")))
show("struct", lambda: (struct.pack(">hQ?", -2, 2**40, True), struct.unpack("<2h", b"\x01\x00\xff\xff"), struct.pack("3s", b"abcdef")))
show("array", lambda: (array.array("i", [1, 2]) * 2, array.array("b", b"ab").tobytes(), array.array("u", "hi").tounicode()))
show("b64", lambda: (base64.urlsafe_b64encode(b"\xff\xfe"), base64.b16encode(b"ab"), base64.b64decode("Zm9yYQ==")))
show("hash", lambda: (hashlib.sha1(b"x").hexdigest()))
