# namedtuple: the classic T.__new__.__defaults__ idiom, defaults= read back, the message when a
# field is assigned; itertools.tee reads its input lazily (a self-referencing Hamming generator).
import collections
from itertools import tee, islice, chain

T = collections.namedtuple("T", "x y")
T.__new__.__defaults__ = (None, None)
print(T(), T(1), T(y=2))
U = collections.namedtuple("U", "x y", defaults=(3,))
print(U.__new__.__defaults__, U(1), U._field_defaults)
p = U(1, 2)
for action in [lambda: setattr(p, "x", 10), lambda: delattr(p, "x")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


def produce():
    for i in range(3):
        print("produce", i)
        yield i


a, b = tee(produce())
print("teed")
print(next(a), next(a), next(b))
print(list(b), list(a))
c, = tee([1, 2], 1)
print(list(c), tee([1], 0))


def hamming():
    def deferred():
        for i in output:
            yield i

    result, p2, p3, p5 = tee(deferred(), 4)
    m2 = (2 * i for i in p2)
    m3 = (3 * i for i in p3)
    m5 = (5 * i for i in p5)

    def merge(a, b):
        x, y = next(a), next(b)
        while True:
            if x < y:
                yield x
                x = next(a)
            elif x > y:
                yield y
                y = next(b)
            else:
                yield x
                x, y = next(a), next(b)

    output = chain([1], merge(merge(m2, m3), m5))
    return result


print(list(islice(hamming(), 20)))
x, y = tee(iter(range(5)))
z = x.__copy__()
print(next(x), list(z), list(y))
