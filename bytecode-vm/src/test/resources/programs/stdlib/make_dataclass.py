# dataclasses.make_dataclass, as CPython's.
from dataclasses import make_dataclass, field, fields, asdict
import dataclasses

C = make_dataclass('C', [('a', int)])
print(C(1), C.__name__, C.__qualname__, C.__module__)
P = make_dataclass('Point', ['x', ('y', float), ('tags', list, field(default_factory=list))],
                   namespace={'norm': lambda self: (self.x ** 2 + self.y ** 2) ** 0.5}, frozen=True, order=True)
p = P(3, 4.0)
print(p, p.norm(), p < P(3, 5.0), [f.name for f in fields(P)], fields(P)[0].type, asdict(p))
try:
    p.x = 1
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
B = make_dataclass('B', [('z', int, field(default=7))], bases=(C,))
print(B(1), B(1, 2), issubclass(B, C))
for bad in (['a', 'a'], ['class'], [('a', int, 1, 2)], ['1x']):
    try:
        make_dataclass('X', bad)
    except TypeError as e:
        print("TypeError:", e)
