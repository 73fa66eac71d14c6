import types, asyncio

@types.coroutine
def sleep0():
    x = yield 'tick'
    return x

async def afib(n):
    if n <= 1:
        await sleep0()
        return n
    return await afib(n - 1) + await afib(n - 2)

def drive(c):
    ticks = 0
    try:
        while True:
            v = c.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

print(drive(afib(10)))
print(type(sleep0()).__name__, sleep0.__name__, bool(sleep0.__code__.co_flags & 0x100))

def _gen():
    yield 1
    yield 2
    return 'done'
class Waiter:
    def __call__(self):
        return _gen()
w = types.coroutine(Waiter())
async def use():
    return await w()
print(drive(use()))

@types.coroutine
def plain():
    return 5
async def use2():
    return plain()
print(drive(use2()))
try:
    types.coroutine(3)
except TypeError as e:
    print("TypeError", e)

@types.coroutine
def switch():
    yield

async def task(name, n):
    for i in range(n):
        print(name, i)
        await switch()
    return name
async def main():
    return await asyncio.gather(task("a", 2), task("b", 3))
print(asyncio.run(main()))
print(types.MappingProxyType({'a': 1}), type(types.MappingProxyType({})).__name__)
try:
    types.MappingProxyType({})['x'] = 1
except TypeError as e:
    print(e)

# what a paused generator or coroutine delegates to
def inner():
    yield 1
def outer():
    yield from inner()
g = outer()
print(g.gi_yieldfrom, g.gi_code.co_name)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.gi_code.co_name)
async def c1():
    await sleep0()
cr = c1()
print(cr.cr_await, cr.cr_code.co_name, cr.cr_code.co_qualname)
cr.send(None)
print(type(cr.cr_await).__name__)
cr.close()
print(cr.cr_await)
