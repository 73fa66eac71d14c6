def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x
g = gen()
next(g)
g.send(5)
g.send(10)
type(iter([])).__name__
type(iter(())).__name__
type(iter("ab")).__name__
type(zip()).__name__
type(reversed([1])).__name__
Item = type("Item", (), {"x": 1, "f": lambda self: self.x + 1})
Item().f()
Item.__name__
class Shape: pass
class Tri(Shape): pass
class Quad(Shape): pass
[c.__name__ for c in Shape.__subclasses__()]
[c.__name__ for c in Tri.mro()]
slice(1, 10, 2).indices(5)
class P:
    @property
    def v(self): return 5
P.v.fget(P())
"ab" * 3
class N:
    def __index__(self): return 2
"ab" * N()
[0, 1, 2][N()]
