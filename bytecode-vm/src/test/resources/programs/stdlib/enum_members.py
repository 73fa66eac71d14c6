from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

@unique
class Color(Enum):
    RED = 1
    GREEN = auto()
    BLUE = auto()

    def describe(self):
        return '%s is %d' % (self.name, self.value)

repr(Color.GREEN), str(Color.BLUE), Color(3), Color.RED.name, Color.RED.value
Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1
Color.GREEN.describe(), list(Color.__members__), isinstance(Color.RED, Color)
f'{Color.RED}', format(Color.RED, '>12'), hash(Color.RED) == hash('RED')
try:
    Color(7)
except ValueError as e:
    err = str(e)
err

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

Shape(2), Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE, list(Shape.__members__)
try:
    unique(Shape)
except ValueError as e:
    err = str(e)
err

@unique
class Num(IntEnum):
    ONE = 1
    TWO = 2

repr(Num.ONE), str(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, f'{Num.TWO}', {1: 'a'}[Num.ONE], sorted([Num.TWO, Num.ONE])

@unique
class Perm(Flag):
    R = 4
    W = 2
    X = 1

repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(~Perm.R), repr(Perm(0)), list(Perm.R | Perm.X), repr(Perm.R & Perm.W)
Perm.R in (Perm.R | Perm.W), bool(Perm(0)), len(Perm.R | Perm.X), Perm(7)

@unique
class IF(IntFlag):
    A = 1
    B = 2

repr(IF.A | IF.B), str(IF.A | IF.B), IF.A | 4, repr(IF.A | 4), IF.A + 1

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

Planet((5.976e+24, 6.37814e6)), Planet.EARTH.gravity, Planet.MERCURY.value
Animal = Enum('Animal', 'ANT BEE CAT')
Animal.BEE, repr(Animal.CAT), Animal(1)
class S(StrEnum):
    A = auto()
    B = 'bee'
unique(S).A, repr(S.B), S.B == 'bee', S('a')
