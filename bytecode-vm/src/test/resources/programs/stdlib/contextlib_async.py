# contextlib's async forms: asynccontextmanager (also as a decorator), AsyncExitStack, aclosing,
# nullcontext in async with.
import asyncio, contextlib
log = []
@contextlib.asynccontextmanager
async def resource(name):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")
async def agen():
    try:
        for i in range(5):
            yield i
    finally:
        log.append("agen closed")
async def main():
    async with resource("a") as r:
        log.append(f"using {r}")
    try:
        async with resource("b"):
            raise ValueError("boom")
    except ValueError as e:
        log.append(f"caught {e}")
    async with contextlib.AsyncExitStack() as stack:
        x = await stack.enter_async_context(resource("c"))
        y = stack.enter_context(contextlib.nullcontext(5))
        async def cb(v): log.append(f"async cb {v}")
        stack.push_async_callback(cb, 1)
        stack.callback(log.append, "sync cb")
        log.append(f"stack {x} {y}")
    async with contextlib.aclosing(agen()) as g:
        async for v in g:
            if v == 2: break
    async with contextlib.nullcontext("n") as n:
        log.append(n)
    @resource("d")
    async def decorated(): log.append("in decorated"); return 7
    log.append(await decorated())
asyncio.run(main())
print("\n".join(map(str, log)))
print(isinstance(contextlib.AsyncExitStack(), contextlib.AbstractAsyncContextManager))
