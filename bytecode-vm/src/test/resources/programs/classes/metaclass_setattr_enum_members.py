from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    def describe(self):
        return self.name.lower()
for act in ["Color.RED = 5", "del Color.GREEN"]:
    try:
        if act.startswith("del"):
            del Color.GREEN
        else:
            Color.RED = 5
    except AttributeError as e:
        print("AttributeError", e)
Color.extra = "fine"
print(Color.extra, Color.RED.describe(), list(Color))
del Color.extra
print(hasattr(Color, "extra"))
class Meta(type):
    log = []
    def __setattr__(cls, name, value):
        Meta.log.append(name)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(cls, name):
        Meta.log.append("del " + name)
        super().__delattr__(name)
class K(metaclass=Meta):
    x = "a"
K.y = "b"
K.z = 3
del K.z
print(K.x, K.y, hasattr(K, "z"), Meta.log)
class P(Flag):
    R = auto()
    W = auto()
print(P.R | P.W, IntEnum("N", "ONE TWO").TWO.value)
try:
    type.__setattr__(int, "x", 1)
except TypeError as e:
    print("TypeError", e)
