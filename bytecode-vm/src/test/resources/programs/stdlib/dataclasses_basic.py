# dataclasses: generated __init__/__repr__/__eq__/orderings/__hash__, fields, asdict, replace, match.
from dataclasses import dataclass, field, fields, asdict, astuple, replace
from typing import List
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
p, Point(3), p == Point(1, 2), p != Point(1, 3), p.x, repr(p)
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = 'S'
cards = sorted([Card(3, 'H'), Card(1), Card(3, 'C')])
cards, hash(Card(1)) == hash(Card(1)), Card(1) < Card(2), len({Card(1), Card(1), Card(2)})
@dataclass
class Inv:
    name: str
    items: List[int] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def total(self):
        return sum(self.items)
i = Inv('a', [1, 2])
i, i.total(), Inv('b'), asdict(i), astuple(i), replace(i, name='c'), [f.name for f in fields(Inv)]
@dataclass
class P3(Point):
    z: int = 5
P3(1, 2, 3), P3(1), P3.__match_args__
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
Post(4)
def errs():
    out = []
    try:
        Point()
    except TypeError as e:
        out = out + [str(e)]
    try:
        Point(1, 2, 3)
    except TypeError as e:
        out = out + [str(e)]
    try:
        Point(1, z=3)
    except TypeError as e:
        out = out + [str(e)]
    try:
        hash(Point(1))
    except TypeError as e:
        out = out + [str(e)]
    return out
errs()
def match_it(p):
    match p:
        case Point(0, y):
            return ('y', y)
        case Point(x, 0):
            return ('x', x)
    return None
match_it(Point(0, 5)), match_it(Point(7))
