import pickle
import pickletools

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

shared = [1, 2, 3]
values = [
    None, True, 0, -1, 255, 65536, 2**40, -2**70, 3.5, "", "h\u00e9llo", "x" * 300, b"\x00\xff", bytearray(b"ab"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [shared, shared], {"a": shared, "b": (shared, shared)},
    {1, 2, 3}, frozenset({4}), Point(1, 2), [Point(i, -i) for i in range(5)],
    {"k%d" % i: [i, str(i), (i, i)] for i in range(12)},
]
results = []
for proto in range(0, 6):
    for v in values:
        try:
            p = pickle.dumps(v, proto)
        except Exception as e:
            results.append((proto, type(e).__name__))
            continue
        o = pickletools.optimize(p)
        back = pickle.loads(o)
        results.append((proto, len(p), len(o), back == v, o))
for r in results:
    print(r)

# memo entries read back: the shared list and the repeated strings keep their PUTs
big = [("name%d" % (i % 50), i * 0.5, shared) for i in range(4500)]
for proto in (2, 4):
    p = pickle.dumps(big, proto)
    o = pickletools.optimize(p)
    print(proto, len(p), len(o), pickle.loads(o) == big, o[:40], o[-40:])
    print(sum(1 for op, arg, pos in pickletools.genops(o) if op.name == "FRAME"))

# a string longer than a frame goes outside the frames
huge = ["a" * 70000, "b" * 10, "a" * 70000]
for proto in (4, 5):
    o = pickletools.optimize(pickle.dumps(huge, proto))
    print(len(o), o[:30], pickle.loads(o) == huge)

# genops: names, arguments and positions
for op, arg, pos in pickletools.genops(pickle.dumps([1, "a", (2.5, None)], 2)):
    print(pos, op.name, op.code, repr(arg), op.proto, op.arg.name if op.arg else None)
for op, arg, pos in pickletools.genops(pickle.dumps({"x": [1, 2]}, 0)):
    print(pos, op.name, repr(arg))

# hand-written pickles: text GET/PUT, unused memo, protocol 0
print(pickletools.optimize(b"(lp0\nI1\nag0\na."))
print(pickletools.optimize(b"\x80\x02]q\x00(K\x01K\x02e."))
print(pickle.loads(pickletools.optimize(b"(lp0\nI1\nag0\na.")))
try:
    list(pickletools.genops(b"\x80\x02\xff."))
except ValueError as e:
    print("ValueError", e)
try:
    list(pickletools.genops(b"\x80\x02K"))
except ValueError as e:
    print("ValueError", e)
try:
    list(pickletools.genops(b"N"))
except ValueError as e:
    print("ValueError", e)
print(len(pickletools.opcodes), pickletools.opcodes[0].name, pickletools.opcodes[-1].arg, pickletools.opcodes[1].arg.name, pickletools.opcodes[1].arg.n)
for bad in (b"\x80\x02T\x05\x00\x00\x00ab.", b"\x80\x02T\xff\xff\xff\xffab.", b"\x80\x04\x8c\x09abc.", b"\x80\x02G\x00\x00.",
            b"\x80\x02\x8a\x05\x01.", b"\x80\x02\x8b\xff\xff\xff\xff.", b"S'abc\n.", b"Sabc\n.", b"I12", b"\x80\x04\x95\x01\x00"):
    try:
        print([(op.name, arg) for op, arg, pos in pickletools.genops(bad)])
    except ValueError as e:
        print("ValueError", e)
