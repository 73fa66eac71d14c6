# send(), throw() and close() reach the generator a `yield from` delegates to.
def inner():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError as e:
            print("inner caught", e)
            x = 100
        if x is None:
            return total
        total += x


def middle():
    r = yield from inner()
    print("middle got", r)
    return r * 2


def outer():
    r = yield from middle()
    print("outer got", r)
    yield "after"


g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.throw(KeyError("k")))
print(g.send(None))
try:
    next(g)
except StopIteration:
    print("stopped")


def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def wraps():
    try:
        yield from guarded()
    finally:
        print("outer finally")


g = wraps()
next(g)
g.close()


def uncaught():
    yield 1


def delegator():
    try:
        yield from uncaught()
    except ValueError as e:
        print("delegator caught", e)
        yield "recovered"


g = delegator()
next(g)
print(g.throw(ValueError("v")))


class Echo:
    """An iterator with a send method: yield from passes sent values to it."""
    def __init__(self):
        self.last = None
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return ("echo", v)


def over_echo():
    r = yield from Echo()
    print("echo returned", r)


g = over_echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("c")
except StopIteration:
    print("over_echo stopped")


def fresh():
    x = yield 1
    return x


def sends_early():
    yield from fresh()


g = sends_early()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)

g = (i * i for i in range(3))
def chain():
    yield from g
    yield from [10, 11]
print(list(chain()))
