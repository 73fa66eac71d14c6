class Logged:
    def __init__(self):
        self.x = 1
        self.log = []
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        if name == "x":
            return 42
        return object.__getattribute__(self, name)
    def m(self):
        return "m"
l = Logged()
print(l.x, getattr(l, "x"), l.m(), hasattr(l, "nope"), getattr(l, "nope", "dflt"))
print(l.log)

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_t", target)
    def __getattribute__(self, name):
        if name.startswith("_"):
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_t"), name)
p = Proxy([3, 1, 2])
p.sort()
print(p.count(3), p.index(3), object.__getattribute__(p, "_t"))

class WithFallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("custom boom")
        if name == "bad":
            raise KeyError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback:" + name
w = WithFallback()
print(w.boom, w.other)
try:
    w.bad
except KeyError as e:
    print("KeyError", e)

class NoFallback:
    def __getattribute__(self, name):
        raise AttributeError("nope " + name)
try:
    NoFallback().thing
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(NoFallback(), "thing"))

class Counter:
    def __init__(self):
        self.v = 0
    def inc(self):
        self.v += 1
c = Counter()
for _ in range(3000):
    c.inc()
print(c.v)
def getattribute(self, name):
    if name == "v":
        return -1
    return object.__getattribute__(self, name)
Counter.__getattribute__ = getattribute
print(c.v)
total = 0
for _ in range(3000):
    total += c.v
print(total)
del Counter.__getattribute__
print(c.v)

class Base:
    def __getattribute__(self, name):
        return "base-" + name if name == "tag" else object.__getattribute__(self, name)
class Child(Base):
    pass
print(Child().tag)
print(object.__getattribute__(c, "v"))
try:
    object.__getattribute__(c, "missing")
except AttributeError as e:
    print("AttributeError", e)
