# != on dataclasses uses the generated __eq__; dir() honours a class's own __dir__;
# object's __dir__, __sizeof__, __getstate__ and __subclasshook__ are attributes of everything.
from dataclasses import dataclass, field


@dataclass
class Q:
    a: int
    tags: list = field(default_factory=list)


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int


print(Q(1) == Q(1), Q(1) != Q(1), Q(1) != Q(2), Q(1).__ne__(Q(1)))
print(Version(1, 2) != Version(1, 2), Version(1, 2) < Version(1, 3), Version(1, 2) != (1, 2))
seen = [Q(1), Q(2), Q(1)]
print([x for x in seen if x != Q(1)])


class Plain:
    pass


class Eq:
    def __eq__(self, other):
        return isinstance(other, Eq)


print(Plain() != Plain(), Eq() != Eq(), Eq() != 3)


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))


class Slotted:
    __slots__ = ("x",)


p = Plain()
p.x = 1
print(hasattr(p, "__dir__"), hasattr(object, "__dir__"), "x" in p.__dir__(), sorted(Plain().__dir__())[:4])
print(p.__getstate__(), Plain().__getstate__(), Plain.__subclasshook__(int), object.__subclasshook__())
print(Plain().__sizeof__(), (5).__sizeof__(), [].__sizeof__(), ().__sizeof__(), {}.__sizeof__(), "ab".__sizeof__())
print(type([].__dir__()).__name__, "append" in [].__dir__(), "__add__" in (1).__dir__())
