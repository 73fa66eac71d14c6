# the type names of the builtin iterators, and the length hints of the reversed dict iterators and long ranges
import operator
d = {"a": 1}
s = {1}
objs = [iter([]), iter(()), iter(""), iter(b""), iter(bytearray()), iter(range(3)), iter(range(2**70)), iter(d), iter(d.keys()),
        iter(d.values()), iter(d.items()), reversed([]), reversed(()), reversed(range(3)), reversed(d), reversed(d.keys()),
        reversed(d.values()), reversed(d.items()), iter(s), iter(frozenset()), reversed("ab"), enumerate([]), zip(), map(abs, []),
        filter(None, []), iter(memoryview(b"a")), (x for x in []), iter(lambda: 1, 2), iter(type("C", (), {"__getitem__": lambda s, i: 1})())]
for o in objs:
    print(type(o).__name__, type(o).__qualname__)
d = {"a": 1, "b": 2}
for it in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()), iter(bytearray(b"xyz")), iter(range(2**70, 2**70 + 3))):
    print(type(it).__name__, operator.length_hint(it), list(it))
print(list(iter(memoryview(b"ab"))), list(memoryview(bytearray(b"q"))))
