from typing import Protocol, runtime_checkable

@runtime_checkable
class HasArea(Protocol):
    unit: str
    def area(self) -> float: ...

class Square:
    unit = "m"
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Label:
    unit = "px"

class Nominal(HasArea):
    unit = "cm"
    def area(self):
        return 1.0

class Blocked:
    unit = "m"
    area = None

class Plain(Protocol):
    def run(self): ...

[isinstance(x, HasArea) for x in (Square(2), Label(), Nominal(), Blocked(), 3)]
Nominal._is_protocol, HasArea._is_protocol
try:
    isinstance(Square(1), Plain)
except TypeError as e:
    err = str(e)
err
