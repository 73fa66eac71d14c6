# Coroutines (async def / await) driven by hand with send, throw and close, without an event loop.


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(fibonacci(15)))

c = fibonacci(3)
print(type(c).__name__, repr(c).startswith("<coroutine object fibonacci at 0x"))
print(run(c))
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration again", e.value)
except RuntimeError as e:
    print("RuntimeError", e)


class Ticket:
    """An awaitable that suspends once, yielding itself to the driver."""
    def __init__(self, name):
        self.name = name
        self.answer = None

    def __await__(self):
        got = yield self
        self.answer = got
        return got * 2


async def worker(names):
    total = 0
    for n in names:
        total += await Ticket(n)
    return total


def drive(coro):
    log = []
    value = None
    try:
        while True:
            t = coro.send(value)
            log.append(t.name)
            value = len(t.name)
    except StopIteration as e:
        return e.value, log


print(drive(worker(["a", "bb", "ccc"])))


async def raises():
    await Ticket("x")
    raise ValueError("boom")


c = raises()
print(c.send(None).name)
try:
    c.send(1)
except ValueError as e:
    print("ValueError", e)


async def catches():
    try:
        await Ticket("y")
    except KeyError as e:
        return "caught " + str(e)


c = catches()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)


async def closes():
    try:
        await Ticket("z")
    finally:
        print("finally ran")


c = closes()
c.send(None)
c.close()

for bad in (1, "s", [1]):
    async def awaits_bad(v=bad):
        return await v
    try:
        run(awaits_bad())
    except TypeError as e:
        print("TypeError", e)


class BadAwait:
    def __await__(self):
        return 5


async def awaits_badawait():
    return await BadAwait()

try:
    run(awaits_badawait())
except TypeError as e:
    print("TypeError", e)

try:
    for x in fibonacci(2):
        pass
except TypeError as e:
    print("TypeError", e)

c = fibonacci(4)
it = c.__await__()
try:
    while True:
        next(it)
except StopIteration as e:
    print("via __await__", e.value)


async def inner():
    return 7

async def outer():
    c = inner()
    a = await c
    try:
        await c
    except RuntimeError as e:
        return a, str(e)

print(run(outer()))


class Counter:
    def __init__(self):
        self.n = 0

    async def bump(self, k):
        self.n += k
        return self.n


async def many(counter):
    out = []
    for k in range(5):
        out.append(await counter.bump(k))
    return out

print(run(many(Counter())))
print(run((lambda: fibonacci(10))()))
