# A class derived from a namedtuple shows its own name in repr, as in CPython.
from collections import namedtuple

Point = namedtuple('Point', 'x y')

class Vec(Point):
    __slots__ = ()
    def norm2(self):
        return self.x * self.x + self.y * self.y

v = Vec(3, 4)
print(repr(v), v.norm2(), repr(Point(1, 2)), v._replace(x=5), v == Point(3, 4))
print([Vec(i, -i) for i in range(3)])
