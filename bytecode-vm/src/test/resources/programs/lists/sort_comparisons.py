# list.sort asks only <, in CPython's order: the count of comparisons and the permutation an
# inconsistent order gives are CPython's (natural runs, binary insertion to minrun, powersort's
# merges, galloping).
import random

calls = 0
log = []


class K:
    def __init__(self, v, tag=0):
        self.v = v
        self.tag = tag

    def __lt__(self, o):
        global calls
        calls += 1
        return self.v < o.v

    def __repr__(self):
        return f"K({self.v},{self.tag})"


def count(items, **kw):
    global calls
    calls = 0
    out = sorted(items, **kw)
    return calls, out


rng = random.Random(12345)
for n in (0, 1, 2, 5, 63, 64, 65, 100, 128, 129, 257, 1000, 2049, 5000):
    data = [K(rng.randrange(n // 3 + 1), i) for i in range(n)]
    c, out = count(data)
    stable = all((a.v, a.tag) <= (b.v, b.tag) for a, b in zip(out, out[1:]))
    print(n, c, stable)

# sorted, reversed, sawtooth, few distinct, runs of equal values
shapes = {
    "sorted": list(range(300)),
    "reversed": list(range(300, 0, -1)),
    "sawtooth": [i % 37 for i in range(1000)],
    "organ": list(range(200)) + list(range(200, 0, -1)),
    "few": [rng.randrange(3) for _ in range(700)],
    "runs": sorted(rng.randrange(1000) for _ in range(300)) + sorted(rng.randrange(1000) for _ in range(500)),
}
for name, vals in shapes.items():
    c, out = count([K(v, i) for i, v in enumerate(vals)])
    c2, out2 = count([K(v, i) for i, v in enumerate(vals)], reverse=True)
    print(name, c, c2, [x.tag for x in out[:5]], [x.tag for x in out2[:5]])

# a key function: keys compared, values moved with them
words = ["%s%d" % (chr(97 + rng.randrange(5)), rng.randrange(50)) for _ in range(400)]
c, out = count(words, key=lambda w: K(len(w)))
print(c, out[:8], out[-5:])

# an inconsistent order: CPython's permutation
class Liar:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        global calls
        calls += 1
        return (self.v * 7 + o.v * 13) % 11 < 5

for n in (10, 70, 300):
    calls = 0
    out = sorted(Liar(i) for i in range(n))
    print(n, calls, [x.v for x in out][:20])

nan = float("nan")
vals = [3.0, nan, 1.0, 2.0, nan, 0.5] * 20 + [nan, -1.0]
print(sorted(vals)[:12])

# a comparison that raises part way: the error, and the list still holds every item
class Boom:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        global calls
        calls += 1
        if calls == 400:
            raise ValueError("boom at 400")
        return self.v < o.v

calls = 0
items = [Boom(rng.randrange(1000)) for _ in range(300)]
try:
    items.sort()
except ValueError as e:
    print(e, calls, len(items))
print([x.v for x in items][:40])
