import io
import pickle
import pickletools

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

root = Node("root")
leaf = Node("leaf")
root.children.append(leaf)
root.children.append(leaf)
shared = [1.5, -2]
for proto in range(6):
    pickletools.dis(pickle.dumps([shared, shared, {"k": (1, 2, 3), "s": {4}}, None, True, "\u00e9", b"\x00"], proto))
for proto in (0, 2, 4):
    out = io.StringIO()
    pickletools.dis(pickle.dumps(root, proto), out, indentlevel=2)
    print(out.getvalue().count("\n"), out.getvalue().splitlines()[-3:])
memo = {}
pickletools.dis(pickle.dumps(frozenset({1}), 4), memo=memo)
print(sorted(memo), [repr(v) for v in memo.values()])
pickletools.dis(pickletools.optimize(pickle.dumps([shared, shared, 2**70, 1e300], 5)))
for bad in [b"(K\x01.", b"K\x01K\x02.", b"0.", b"1.", b"h\x00.", b"(q\x00.", b"N\x94\x94.", b"Nq\x00Nq\x00.", b"q\x00N.", b"\x80\x05"]:
    try:
        pickletools.dis(bad)
    except ValueError as e:
        print("ValueError:", e)
print([(op.name, [repr(s) for s in op.stack_before], [repr(s) for s in op.stack_after]) for op in pickletools.opcodes[:8]])
