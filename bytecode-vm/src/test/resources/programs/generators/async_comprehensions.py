import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

class Broken:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("broken iterator")

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

def make_gen(src):
    # an asynchronous generator expression in an ordinary function
    return (x + 1 async for x in src)

async def main():
    print([t async for t in Ticker(4)])
    print([await double(t) async for t in Ticker(3) if t != 2])
    print({t: [u async for u in Ticker(t)] async for t in Ticker(3)})
    print([(a, b) for a in range(2) async for b in Ticker(2)])
    g = make_gen(Ticker(3))
    print(type(g).__name__, [v async for v in g])
    h = (await double(i) for i in range(3))
    print(type(h).__name__, [v async for v in h])
    try:
        print([x async for x in Broken()])
    except ValueError as e:
        print("ValueError", e)
    plain = [1, 2]
    try:
        print([x async for x in plain])
    except TypeError as e:
        print("TypeError", e)
    t = 99
    print([t async for t in Ticker(1)], t)
    total = 0
    async for v in make_gen(Ticker(5)):
        total += v
    print(total)
    print(sum([x * x async for x in Ticker(10)]))


async def gather_style():
    # comprehensions that really suspend, interleaved by the event loop
    async def worker(name, n):
        r = [await double(i) for i in range(n)]
        print(name, r)
        return r
    print(await asyncio.gather(worker("a", 3), worker("b", 2)))

asyncio.run(main())
asyncio.run(gather_style())
