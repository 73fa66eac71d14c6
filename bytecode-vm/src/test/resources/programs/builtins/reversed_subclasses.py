from itertools import zip_longest
from enum import Enum, IntEnum, IntFlag
from collections import namedtuple
from typing import NamedTuple
print(list(zip_longest()), list(zip_longest([1], [], fillvalue=0)))
class T(tuple):
    pass
class L(list):
    pass
class S(str):
    pass
class D(dict):
    pass
class G(tuple):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
    def __len__(self):
        return 2
P = namedtuple("P", "x y")
class N(NamedTuple):
    a: int
    b: int
print(tuple(reversed(T((1, 2)))), list(reversed(L([1, 2, 3]))), "".join(reversed(S("abc"))), list(reversed(D(a=1, b=2))))
print(list(reversed(G((1, 2, 3)))), list(reversed(P(1, 2))), list(reversed(N(3, 4))))
class Lv(IntEnum):
    A = 10
    def __str__(self):
        return "L" + str(self.value)
class Plain(IntEnum):
    B = 2
class Fl(IntFlag):
    R = 1
    W = 2
    def __str__(self):
        return "perm" + str(self.value)
class Color(Enum):
    RED = 1
    def __str__(self):
        return "red!"
print(f"{Lv.A}", format(Lv.A), f"{Lv.A:>5}", str(Lv.A), f"{Plain.B}", f"{Plain.B:03d}", f"{Fl.R}", f"{Color.RED}", f"{Color.RED:>6}")
