import enum
print(enum.EnumCheck.__mro__, list(enum.EnumCheck), repr(enum.UNIQUE), str(enum.CONTINUOUS))
from enum import Enum, Flag, IntEnum, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS
try:
    @verify(UNIQUE)
    class A(Enum):
        X = 1; Y = 1; Z = 2; W = 2
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class F(Flag):
        A = 1; B = 2; C = 8; AB = 3; BAD = 16|32
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class G(Enum):
        A = 1; B = 5
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class H(Flag):
        A = 1; B = 4
except ValueError as e: print(e)
@verify(UNIQUE, CONTINUOUS)
class Ok(IntEnum):
    A = 1; B = 2; C = 3
print(list(Ok), enum.show_flag_values(13))
import typing
@typing.dataclass_transform(kw_only_default=True)
def model(cls): return cls
print(model.__dataclass_transform__)
