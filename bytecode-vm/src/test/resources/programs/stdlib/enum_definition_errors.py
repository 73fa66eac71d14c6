# Mistakes in enum definitions, reported as CPython reports them: a name defined twice, extending an
# enum that has members, a STRICT flag given bits it does not have. Aliases, methods, properties
# and private names stay allowed.
import enum
from enum import Enum, auto

try:
    class Bad(Enum):
        A = 1
        A = 2
    print("no error:", list(Bad))
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(Enum):
        A = 1

        def A(self):
            return 0
except TypeError as e:
    print("TypeError:", e)


class Base(Enum):
    X = 1


try:
    class Ext(Base):
        Y = 2
except TypeError as e:
    print("TypeError:", e)


class Bits(enum.Flag, boundary=enum.STRICT):
    A = 1
    B = 2


for v in (7, 4, -1):
    try:
        Bits(v)
    except ValueError as e:
        print("ValueError:", e)


class Fine(Enum):
    RED = auto()
    CRIMSON = 1
    GREEN = auto()
    __secret = 5

    def describe(self):
        return f"{self.name}={self.value}"

    @property
    def lower(self):
        return self.name.lower()


print(list(Fine), Fine.CRIMSON is Fine.RED, Fine.GREEN.describe(), Fine.GREEN.lower)
