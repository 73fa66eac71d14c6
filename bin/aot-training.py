# A short program that touches the usual paths (parsing, tier 0, tier 1, splitting, printing,
# the common library modules), run once after each build so the JVM's AOT cache knows them:
# the fora script starts every later run from that cache.
import math
import collections

def primes(n):
    c = 0
    for p in range(2, n):
        x = 2
        prime = True
        while x * x <= p:
            if p % x == 0:
                prime = False
                break
            x += 1
        if prime:
            c += 1
    return c

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

class Scale:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k

def scaled(n, f):
    h = Scale(0.5)  # a local instance: its loop is compiled again for it after a chunk
    t = 0.0
    x = n
    while x > 0:
        t = t + h(x) + f(x)
        x = x - 1
    return t

def counted(a, b, f):
    t = 0.0
    x = a
    while x < b:  # a counted loop (LoopFolds asks whether it is worth splitting)
        t = t + f(x)
        x = x + 1
    return t

class Twice:
    def __init__(self, f, g):
        self.f = f
        self.g = g

    def __call__(self, x):
        return self.f(self.g(x))

def halves(a, b, f):
    # two independent recursive calls: a fork group, each half on a core
    if b - a <= 16:
        t = 0.0
        x = a
        while x < b:
            t = t + f(x)
            x = x + 1
        return t
    mid = (a + b) // 2
    return halves(a, mid, f) + halves(mid, b, f)

# accumulating loops, folded and split like sum and a comprehension
acc = 0.0
for i in range(100000):
    acc += math.cos(i)
found = []
for i in range(100000):
    if i % 7 == 0:
        found.append(i)

counts = collections.Counter(w for w in "a b a c b a".split())
squares = [i * i for i in range(20000)]
total = sum(math.sin(i) for i in range(200000))
print(halves(0, 200000, lambda v: v ** 0.5), scaled(50000, Twice(Scale(2.0), Scale(3.0))), primes(20000), counted(0, 100000, math.sqrt), round(acc, 6), len(found), scaled(50000, lambda v: v ** 0.5), len(squares), round(total, 6), counts.most_common(1), Point(3, 4).norm(),
      f"{total:.3f}", sorted({3, 1, 2}), {k: v for k, v in zip("ab", (1, 2))})
