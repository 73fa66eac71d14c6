# small semantics a probe of everyday programs found different from CPython
class Base:
    pass


class Der(Base):
    pass


print(super(Der, Der()).__class__.__name__, type(super(Der, Der())).__name__)
print(repr(bytearray(b"'")), repr(bytearray(b"'\"")), repr(b"'"), repr(bytearray(b'"')))
d = {"a": 1}
d |= [("b", 2)]
d |= zip("cd", (3, 4))
print(d)
try:
    d |= 5
except TypeError as e:
    print("TE", e)
v = {"a": 1}
for op in ("|", "&", "-", "^"):
    try:
        r = {"|": lambda: v.values() | {1}, "&": lambda: v.values() & {1}, "-": lambda: v.values() - {1}, "^": lambda: v.values() ^ {1}}[op]()
        print(op, r)
    except TypeError as e:
        print(op, "TE", e)
print(sorted(v.keys() | {"b"}), sorted(v.items() & {("a", 1)}), sorted(["z"] | v.keys()))
print(sorted(("y",) - v.keys()), sorted(v.keys() ^ ["a", "q"]))
try:
    v.keys() | 1
except TypeError as e:
    print("TE", e)
