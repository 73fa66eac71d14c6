# functools.singledispatch and singledispatchmethod
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence

@singledispatch
def describe(x):
    return "something"

@describe.register
def _(x: int):
    return "an int %d" % x

@describe.register(float)
def _(x):
    return "a float %.1f" % x

@describe.register(Sequence)
def _(x):
    return "a sequence of %d" % len(x)

class MyInt(int):
    pass

print([describe(v) for v in [1, 2.5, "abc", [1, 2], (1,), {1: 2}, MyInt(7), True, None]])
print(describe.dispatch(bool).__name__, object in describe.registry, len(describe.registry))

class Shape:
    @singledispatchmethod
    def scale(self, factor):
        raise NotImplementedError("cannot scale by %r" % (factor,))

    @scale.register
    def _(self, factor: int):
        return "int scale %d" % factor

    @scale.register
    def _(self, factor: float):
        return "float scale %.2f" % factor

s = Shape()
print(s.scale(2), s.scale(0.5))
try:
    s.scale("x")
except NotImplementedError as e:
    print("error:", e)
try:
    describe()
except TypeError as e:
    print(e)
