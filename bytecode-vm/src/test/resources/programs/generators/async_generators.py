# async generators, async for (with else, break, continue), async with, aiter/anext, asend/aclose
class Tree:
    def __init__(self, left, value, right):
        self.left = left
        self.value = value
        self.right = right

    async def __aiter__(self):
        if self.left:
            async for i in self.left:
                yield i
        yield self.value
        if self.right:
            async for i in self.right:
                yield i

def tree(input):
    n = len(input)
    if n == 0:
        return None
    i = n // 2
    return Tree(tree(input[:i]), input[i], tree(input[i + 1:]))

async def main():
    total = 0
    count = 0
    async for x in tree(range(2000)):
        total += x
        count += 1
    else:
        print("else ran")
    async for x in tree(range(10)):
        if x == 3:
            continue
        if x == 6:
            break
        print(x)
    else:
        print("no")
    return count, total

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))

async def agen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    finally:
        print("cleanup")

async def drive():
    g = agen()
    print(type(g).__name__, type(g.__anext__()).__name__)
    print(await g.__anext__())
    print(await g.asend("hello"))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    print(await anext(g, "dflt"))
    it = aiter(agen())
    print(await anext(it))
    await it.aclose()
    try:
        for x in agen():
            pass
    except TypeError as e:
        print(e)
    try:
        async for x in 5:
            pass
    except TypeError as e:
        print(e)

run(drive())

class CM:
    async def __aenter__(self):
        print("enter")
        return 42
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True

async def usecm():
    async with CM() as v:
        print("in", v)
    async with CM() as v:
        raise ValueError("x")
    print("after")

run(usecm())
