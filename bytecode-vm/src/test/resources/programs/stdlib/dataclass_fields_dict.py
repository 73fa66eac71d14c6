# __dataclass_fields__ is a dict of Field objects, as in CPython; MISSING is a value programs can see.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, MISSING


@dataclass
class Base:
    a: int
    b: str = "x"
    tags: list = field(default_factory=list)


@dataclass
class Child(Base):
    c: float = 1.5
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.c = self.c * scale


fs = Base.__dataclass_fields__
print(list(fs))
print(fs['a'].type, fs['a'].name, fs['b'].default, fs['a'].default is MISSING)
print(fs['tags'].default is MISSING, fs['tags'].default_factory is list)
print(type(fs['a']).__name__)
print([f.name for f in fields(Child)])
print(sorted(Child.__dataclass_fields__))
print(Child.__dataclass_fields__['scale']._field_type)
ch = Child(1, "y", [3], 2.0, 5)
print(ch, dataclasses.asdict(ch))
print(dataclasses.replace(ch, a=7, scale=1))
print(dataclasses.is_dataclass(Child), dataclasses.is_dataclass(ch), dataclasses.is_dataclass(int))
print(type(MISSING).__name__, MISSING is dataclasses.MISSING)
for name, f in Child.__dataclass_fields__.items():
    if f.default is not MISSING:
        print(name, "defaults to", f.default)
