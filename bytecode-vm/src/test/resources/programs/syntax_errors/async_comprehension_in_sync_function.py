# expect: SyntaxError at 4:16
async def f(xs):
    def g():
        return [x async for x in xs]
    return g
