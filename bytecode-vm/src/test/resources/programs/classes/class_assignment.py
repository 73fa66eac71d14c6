class Shape:
    def area(self):
        return 0
    def describe(self):
        return type(self).__name__ + ":" + str(self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Doubled(Shape):
    def area(self):
        return 2 * self.s * self.s

def run(objs):
    total = 0
    for o in objs:
        total += o.area()
    return total

objs = [Square(i % 7) for i in range(3000)]
print(run(objs))
for k, o in enumerate(objs):
    if k % 3 == 0:
        o.__class__ = Doubled
print(run(objs), objs[0].describe(), objs[1].describe(), isinstance(objs[0], Doubled))

class State:
    def __init__(self):
        self.n = 0
    def step(self):
        self.n += 1
        if self.n >= 3:
            self.__class__ = Done
        return "go"
class Done(State):
    def step(self):
        return "done"
s = State()
print([s.step() for _ in range(5)], type(s).__name__, s.n)

def flip(o, n):
    out = []
    for i in range(n):
        out.append(o.step())
        if i == n // 2:
            object.__setattr__(o, '__class__', State)
            o.n = 0
    return out
print(flip(Done(), 8))

for bad in [1, int, "x"]:
    try:
        s.__class__ = bad
    except TypeError as e:
        print("TypeError", e)
class Slotted:
    __slots__ = ('a',)
try:
    s.__class__ = Slotted
except TypeError as e:
    print("TypeError", e)
class L(list):
    pass
class L2(list):
    def total(self):
        return sum(self)
l = L([1, 2])
l.__class__ = L2
print(l.total(), type(l).__name__)
try:
    l.__class__ = State
except TypeError as e:
    print("TypeError", e)
