# Enums with a mixed-in type look their members up by value, as CPython's do.
from enum import Enum, IntEnum


class S(str, Enum):
    Y = "why"
    N = "no"


class F(float, Enum):
    A = 1.5
    B = 2.5


class T(tuple, Enum):
    P = (1, 2)
    Q = (3, 4)


class Color(Enum):
    RED = 1
    GREEN = 2


class Prio(IntEnum):
    LOW = 1
    HIGH = 2


v = S("why")
print(v is S.Y, type(v).__name__, v, repr(v), v.value, v == "why", v.upper())
print(F(1.5) is F.A, F(2.5), F.A + 1)
print(T((3, 4)) is T.Q, T.P[0], repr(T.Q))
print(Color(2), Prio(1), Prio(2) > Prio.LOW)
for cls, bad in ((S, "maybe"), (F, 9.0), (Color, 3)):
    try:
        cls(bad)
    except ValueError as e:
        print("ValueError:", e)
print(S("no").name, [m.name for m in S], list(F))
print(isinstance(S.Y, str), sorted([S.N, S.Y]))
