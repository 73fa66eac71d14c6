from __future__ import annotations
from typing import NamedTuple
class Point(NamedTuple):
    x: float
    y: float = 0.0
    z: None = None
print(Point.__annotations__, Point(1.5), Point._fields)
P2 = NamedTuple("P2", [("a", int), ("b", "str")])
print(P2.__annotations__)
