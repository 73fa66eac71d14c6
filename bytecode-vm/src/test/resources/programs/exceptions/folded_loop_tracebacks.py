# Tracebacks of exceptions raised inside loops that Fora folds and may split (acc += E, out.append(E)):
# the entries CPython shows, the loop's function at the line of the body, not the loop's head.
import traceback


def where(e):
    return [(f.name, f.lineno, f.line) for f in traceback.extract_tb(e.__traceback__)]


def inner(n):
    if n > 3:
        raise ValueError("too big: %d" % n)
    return n


def middle(n):
    return inner(n) + 1


def summed(k):
    total = 0
    for i in range(k):
        total += middle(i)
    return total


def collected(k):
    out = []
    for i in range(k):
        out.append(1 / (3 - i))
    return out


def filtered(k):
    total = 0.0
    for i in range(k):
        if inner(i) % 2:
            total += i * 0.5
    return total


def source(k):
    for i in range(k):
        if i == 5:
            raise KeyError(i)
        yield i


def from_generator(k):
    total = 0
    for i in source(k):
        total += i
    return total


class Account:
    def __init__(self, amounts):
        self.amounts = amounts

    def balance(self):
        total = 0
        for a in self.amounts:
            total += 100 // a
        return total


def outer_function(k):
    def nested(m):
        acc = 0
        for j in range(m):
            acc += middle(j)
        return acc
    return nested(k)


for _ in range(50):
    summed(3)
    collected(3)
    filtered(3)

for f, arg in [(summed, 10), (collected, 10), (filtered, 10), (from_generator, 10),
               (lambda k: Account([5, 0, 2]).balance(), 0), (outer_function, 8)]:
    try:
        f(arg)
    except (ValueError, ZeroDivisionError, KeyError) as e:
        print(type(e).__name__, where(e)[1:])

total = 0
try:
    for i in range(10):
        total += middle(i)
except ValueError as e:
    print("module", where(e), total)

print(summed(3), collected(3), filtered(3), from_generator(5))
summed(20)
