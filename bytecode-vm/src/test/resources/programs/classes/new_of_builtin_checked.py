# T.__new__(S) checked as CPython's tp_new_wrapper: a type, a subtype, and not one another builtin __new__ must make
cases = [
    ('int.__new__(str)', lambda: int.__new__(str)),
    ('int.__new__(5)', lambda: int.__new__(5)),
    ('int.__new__()', lambda: int.__new__()),
    ('object.__new__(int)', lambda: object.__new__(int)),
    ('int.__new__(bool, 1)', lambda: int.__new__(bool, 1)),
    ('tuple.__new__(list)', lambda: tuple.__new__(list)),
    ('str.__new__(int)', lambda: str.__new__(int)),
    ('object.__new__(bool)', lambda: object.__new__(bool)),
    ('float.__new__(float, 1)', lambda: float.__new__(float, 1)),
    ('bool.__new__(int)', lambda: bool.__new__(int)),
    ('bool.__new__(bool, 0)', lambda: bool.__new__(bool, 0)),
    ('frozenset.__new__(set)', lambda: frozenset.__new__(set)),
    ('tuple.__new__(tuple, [1, 2])', lambda: tuple.__new__(tuple, [1, 2])),
    ('str.__new__(str, 5)', lambda: str.__new__(str, 5)),
]
for text, f in cases:
    try:
        print(text, '->', f())
    except TypeError as e:
        print(text, '->', e)


class MyInt(int):
    pass


class MyInt2(int):
    def __new__(cls, v):
        return int.__new__(cls, v)


for c in (MyInt, MyInt2):
    try:
        object.__new__(c)
    except TypeError as e:
        print(e)
print(MyInt(3) + 1, MyInt2(4), type(MyInt2(4)).__name__)
import enum, fractions, decimal, collections, copy, pickle


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


class F(enum.IntFlag):
    A = 1
    B = 2


class S(str, enum.Enum):
    X = 'x'


print(Color.RED, Color(2), F.A | F.B, S.X, S('x'))
P = collections.namedtuple('P', 'a b')
print(P(1, 2), copy.deepcopy(P(1, 2)), pickle.loads(pickle.dumps(MyInt(7))))
print(fractions.Fraction(3, 6), decimal.Decimal('1.5') + 1)


class L(list):
    pass


print(list.__new__(L), dict.__new__(dict), type(list.__new__(L)).__name__)
