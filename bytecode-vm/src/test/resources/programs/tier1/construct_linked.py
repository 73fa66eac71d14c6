# Constructions in hot compiled code: C(args) of a plain class makes the instance and runs
# __init__ as a linked call; every way the generic path differs must still come out as CPython's.
class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class Big:
    def __init__(self, n):
        # past 2**63 partway: the compiled __init__ leaves for tier 0 in the middle
        self.v = n * 3037000500 * 3037000501


class Bad:
    def __init__(self, n):
        if n == 150:
            return n


class Raising:
    def __init__(self, n):
        if n == 170:
            raise ValueError("no %d" % n)
        self.n = n


class WithNew:
    def __new__(cls, n):
        o = super().__new__(cls)
        o.made = "new"
        return o

    def __init__(self, n):
        self.n = n


class Sub(P):
    pass


def build(n):
    total = 0
    for i in range(n):
        p = P(i, 2)
        q = P(i)
        s = Sub(i, 1)
        w = WithNew(i)
        total += p.x + p.y + q.y + s.y + w.n + len(w.made)
    return total


print(build(300))
print(sum(Big(i).v % 1000 for i in range(200)))


def bad(n):
    out = []
    for i in range(n):
        try:
            out.append(Bad(i))
        except TypeError as e:
            out.append(str(e))
    return out[149:152]


print(bad(200)[1], len(bad(200)))


def raising(n):
    got = 0
    for i in range(n):
        try:
            got += Raising(i).n
        except ValueError as e:
            print("caught", e)
    return got


print(raising(300))


def again(n):
    r = []
    for i in range(n):
        r.append(P(i).x)
    return r


print(sum(again(500)))


def init3(self, x, y=0):
    self.x = x * 3
    self.y = y


P.__init__ = init3
print(sum(again(500)), type(P(1)).__name__, P(2).x)
