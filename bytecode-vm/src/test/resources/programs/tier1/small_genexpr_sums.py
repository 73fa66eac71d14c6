# sums over short generator expressions, called often from a function (drained compiled when
# tier 1 can), with every kind of element: the same values and errors as CPython's sum
from fractions import Fraction


def dot(a, b):
    return sum(a[k] * b[k] for k in range(len(a)))


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + (other.x if isinstance(other, V) else other))

    __radd__ = __add__


def run():
    a = list(range(-20, 20))
    b = [3 * x - 7 for x in a]
    print(sum(dot(a, b) for _ in range(50)))
    big = [2 ** 62, 2 ** 62, -3, 2 ** 63]
    print(sum(x * 3 for x in big), sum(x for x in big if x > 0))
    print(sum(x / 7 for x in range(30)), sum(x * 0.1 for x in range(10)), sum((x * 0.5 for x in range(9)), 1.5))
    print(sum(x for x in [1, 2.5, True, 4]), sum(x for x in [True, True, False]))
    print(sum((Fraction(1, x) for x in range(1, 8)), 0))
    print(sum(V(x) for x in range(5)).x)
    try:
        sum(x if x != 3 else 'three' for x in range(6))
    except TypeError as e:
        print('TypeError:', e)
    try:
        sum(10 // (3 - x) for x in range(6))
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
    g = (x * x for x in range(10))
    print(next(g), sum(g))
    print(sum(x for x in ()), sum((x for x in []), 2.0), sum(t for t in (1, 2, 3)))
    m = [[i + j for j in range(6)] for i in range(6)]
    print([[sum(m[i][k] * m[k][j] for k in range(6)) for j in range(6)] for i in range(2)])
    total = 0
    for i in range(300):
        total += sum(j * i for j in range(i % 7))
    print(total)


run()


# an addition that fails leaves the generator suspended after that element, as in CPython
def kept():
    g = (x if x != 3 else 'x' for x in range(8))
    try:
        sum(g)
    except TypeError as e:
        print(e)
    print(list(g))


class Loud:
    def __init__(self, x):
        self.x = x

    def __radd__(self, other):
        print('  add', self.x)
        return other + self.x


def made(x):
    print('  make', x)
    return Loud(x) if x % 2 else x


def orders():
    # additions that run Python code happen in order with the elements' own output
    print(sum(made(x) for x in range(5)))
    print(sum((made(x) for x in range(4)), 0.5))


for _ in range(3):
    kept()
    orders()
