# Tier 1 compiles methods for the classes of the instances they get, and expects attributes of
# the types they had in the first instance seen. Every guard on that is broken here on purpose:
# attributes of other types, other shapes, classes changed while loops run, subclasses, dicts.


class Multiply:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Add:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k


class Compose:
    def __init__(self, f, g):
        self.f = f
        self.g = g

    def __call__(self, x):
        return self.f(self.g(x))


def loop_sum(n, h):
    total = 0.0
    x = n
    while x > 0:
        total = total + h(x)
        x = x - 1
    return total


print(loop_sum(1000, Compose(Multiply(10.0), Add(20.0))))
# the same code with ints where floats were seen: the attribute guards fail
print(loop_sum(1000, Compose(Multiply(3), Add(4))))
print(loop_sum(1000, Compose(Add(0.5), Multiply(2))))
# int attributes that overflow a long
print(loop_sum(300, Compose(Multiply(2 ** 40), Add(2 ** 62))))
# bools and strings in attributes
print(loop_sum(50, Compose(Multiply(True), Add(False))))


def join_all(n, h):
    out = []
    for i in range(n):
        out.append(h(str(i)))
    return "".join(out)


print(join_all(20, Compose(Multiply(2), Add("-"))))

# many classes through one call site: more versions than are kept per function
class Sub(Add):
    def __call__(self, x):
        return x - self.k


class Twice(Multiply):
    pass


class Neg:
    def __call__(self, x):
        return -x


class Square:
    def __init__(self):
        self.p = 2

    def __call__(self, x):
        return x ** self.p


fs = [Add(1), Sub(2), Twice(3), Neg(), Square(), Multiply(1.5), Add(0.25), Compose(Neg(), Square())]
for f in fs:
    print(type(f).__name__, loop_sum(100, f))
print(loop_sum(100, Compose(Compose(Add(1), Sub(2)), Compose(Twice(3), Neg()))))


# a class changed while a loop runs over its instances
class Scale:
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return x * self.k


def scale_sum(n, s):
    total = 0
    for i in range(n):
        if i == n // 2:
            Scale.apply = lambda self, x: x + self.k
        total += s.apply(i)
    return total


print(scale_sum(200, Scale(3)))
print(scale_sum(200, Scale(5)))


# a property added to the class for a name instances hold: the property wins from then on
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def norms(pts):
    total = 0.0
    for i in range(len(pts)):
        if i == len(pts) // 2:
            Point.x = property(lambda self: 100.0)
        total += pts[i].norm1()
    return total


print(norms([Point(float(i), -2.5 * i) for i in range(40)]))
del Point.x
print(norms([Point(float(i), -2.5 * i) for i in range(40)]))


# instances of one class with their attributes in other orders (other shapes), and one with a dict
class Pair:
    def __init__(self, a, b, flip=False):
        if flip:
            self.b = b
            self.a = a
        else:
            self.a = a
            self.b = b

    def total(self):
        return self.a + self.b


def pair_sum(ps):
    s = 0
    for p in ps:
        s += p.total()
    return s


ps = [Pair(i, 2 * i, i % 3 == 0) for i in range(60)]
ps[7].__dict__["a"] = 1000
ps[8].c = "extra"
print(pair_sum(ps))
ps[9].total = lambda: -5
print(pair_sum(ps))
del ps[10].a
ps[10].a = 0.5
print(pair_sum(ps))


# attributes rebound outside __init__, to other types, while a loop reads them
class Acc:
    def __init__(self):
        self.v = 0

    def add(self, x):
        self.v = self.v + x
        return self.v


def accumulate(n):
    a = Acc()
    last = None
    for i in range(n):
        if i == n // 3:
            a.v = float(a.v)
        if i == 2 * n // 3:
            a.v = str(a.v)
            try:
                a.add(i)
            except TypeError as e:
                print("TypeError:", e)
            a.v = 0
        last = a.add(i)
    return last


print(accumulate(90))


# a tree whose children are nodes or None
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def total(self):
        t = self.value
        if self.left is not None:
            t = t + self.left.total()
        if self.right is not None:
            t = t + self.right.total()
        return t


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


tree = build(0, 500)
print(tree.total())
tree.left.value = 0.5
print(tree.total())
tree.right.right = Node("x")
try:
    print(tree.total())
except TypeError as e:
    print("TypeError:", e)


# an attribute that is missing on some instances, read in a loop
class Maybe:
    def __init__(self, i):
        if i % 5:
            self.val = i

    def get(self):
        return self.val


def read_all(n):
    out = 0
    missing = 0
    for i in range(n):
        try:
            out += Maybe(i).get()
        except AttributeError as e:
            missing += 1
            last = str(e)
    return out, missing, last


print(read_all(100))


# methods with defaults, methods calling methods, __call__ with defaults
class Poly:
    def __init__(self, *cs):
        self.cs = cs
        self.scale = 1.0

    def term(self, x, i, power=1):
        return self.cs[i] * x ** (i * power)

    def __call__(self, x, power=1):
        s = 0.0
        for i in range(len(self.cs)):
            s = s + self.term(x, i, power)
        return s * self.scale


def poly_sum(n, p):
    total = 0.0
    for i in range(n):
        total += p(i / n)
        total += p(i / n, 2)
    return total


p = Poly(1.0, -2.0, 0.5)
print(poly_sum(100, p))
p.scale = 3
print(poly_sum(100, p))
print(poly_sum(10, Poly(1, 2, 3)))


# module-level instances read by compiled functions: typed by their class, checked at each read
class Config:
    def __init__(self):
        self.scale = 2.0
        self.offset = 1

    def apply(self, x):
        return x * self.scale + self.offset


config = Config()
chain = Compose(Add(1.5), Multiply(2.0))


def use_globals(n):
    total = 0.0
    for i in range(n):
        if i == n // 2:
            config.offset = 0.25
        total += config.apply(i) + chain(i) + config.scale
    return total


print(use_globals(400))
config.scale = "x"
try:
    use_globals(10)
except TypeError as e:
    print("TypeError:", e)
config = Config()
print(use_globals(300))
chain = Neg()
print(use_globals(300))
