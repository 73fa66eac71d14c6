class Registry(type):
    def __iter__(cls):
        return iter(sorted(cls.items))
    def __len__(cls):
        return len(cls.items)
    def __contains__(cls, x):
        return x in cls.items
    def __getitem__(cls, k):
        return cls.items[k] * 10
    def __repr__(cls):
        return "<registry " + cls.__name__ + ">"
    def describe(cls):
        return cls.__name__ + " with " + str(len(cls))
    @property
    def size(cls):
        return len(cls.items)

class Colors(metaclass=Registry):
    items = {"red": 1, "blue": 2}

class More(Colors):
    items = {"a": 1, "b": 2, "c": 3}

list(Colors)
len(More)
"red" in Colors
Colors["blue"]
repr(More)
Colors.describe()
More.size
type(Colors).__name__
isinstance(Colors, Registry)

import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

list(Color)
len(Color)
Color["GREEN"]
Color.RED in Color
repr(Color)
[c.name for c in reversed(Color)]
