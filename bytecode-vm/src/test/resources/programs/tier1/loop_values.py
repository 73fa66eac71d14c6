# Loops whose header holds values the function's compiled version can only box (a local made
# inside the function, an accumulator that starts as an int and becomes a float): after a
# chunk, tier 1 compiles the loop again for the values found there. Then the values change.


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


def compose_loop(n):
    h = Compose(Multiply(10.0), Add(20.0))
    total = 0.0
    x = n
    while x > 0:
        total = total + h(x)
        x = x - 1
    return total


def int_then_float(n, step):
    total = 0
    for i in range(n):
        total += i * step
    return total


def swaps_callable(n):
    h = Add(1.5)
    total = 0.0
    i = 0
    while i < n:
        total = total + h(i)
        if i == 30000:
            h = Multiply(2)
        if i == 40000:
            h = lambda v: v - 1
        i += 1
    return total


def attribute_changes(n):
    a = Add(1)
    total = 0
    i = 0
    while i < n:
        total = total + a(i)
        if i == 25000:
            a.k = 0.5
        if i == 35000:
            a.k = "x" * 0 or 2
        i += 1
    return total


class Counter:
    def __init__(self):
        self.n = 0
        self.items = []

    def add(self, x):
        self.n += 1
        if x % 1000 == 0:
            self.items.append(x)


def method_loop(n):
    c = Counter()
    i = 0
    while i < n:
        c.add(i)
        i += 1
    return c.n, len(c.items), c.items[-2:]


def maybe_none(n):
    best = None
    for i in range(n):
        v = (i * 7919) % 100003
        if best is None or v > best:
            best = v
    return best


def nested_specialised(n):
    p = Add(0.25)
    t = 0
    for i in range(n):
        for j in range(50):
            t = p(t) + j
    return t


print(compose_loop(50000))
print(int_then_float(40000, 0.5), int_then_float(40000, 3), int_then_float(3000, 0.5))
print(swaps_callable(60000))
print(attribute_changes(50000))
print(method_loop(30000))
print(maybe_none(30000))
print(nested_specialised(2000))
# the same functions again: the loops compiled for the first calls' values meet other ones
print(compose_loop(3000), int_then_float(20000, 2), int_then_float(20000, 0.25))
print(swaps_callable(45000), attribute_changes(30000), maybe_none(5000))


def twice(n):
    # compose_loop called directly from compiled code: its chunks are longer, then the same
    t = 0.0
    for k in range(2):
        t = t + compose_loop(n // (k + 1))
    return t, int_then_float(n, 0.25)


print(twice(40000), twice(20000))
