# asyncio as people write it: tasks, gather, sleep ordering, queues, locks, timeouts, cancellation
import asyncio

log = []

async def worker(name, delay, n):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append((name, i))
    return name * n

async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")

async def main():
    r = await asyncio.gather(worker("a", 0.3, 3), worker("b", 0.2, 4), worker("c", 0.0, 2))
    print(r)
    print(log)
    log.clear()
    r = await asyncio.gather(worker("x", 0.1, 1), failing(0.05), return_exceptions=True)
    print([type(v).__name__ if isinstance(v, Exception) else v for v in r], r[1])
    try:
        await asyncio.gather(failing(0.1), worker("y", 0.2, 1))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(worker("t", 0.1, 2), name="my-task")
    print(t.get_name(), t.done())
    await t
    print(t.done(), t.result(), t.cancelled())
    print(await asyncio.gather())
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(1.5)
    print("slept", loop.time() - start >= 1.5)
    print(await asyncio.sleep(0, result="zero"))

asyncio.run(main())

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print("put", i)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        print("got", item)
        out.append(item * item)

async def pipeline():
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty(), q.qsize())
    pq = asyncio.PriorityQueue()
    for v in [5, 1, 4, 2]:
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(4)])
    try:
        pq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")

asyncio.run(pipeline())

async def locked(lock, name, shared):
    async with lock:
        v = shared[0]
        await asyncio.sleep(0.01)
        shared[0] = v + 1
        print("lock", name, shared[0])

async def sem_user(sem, name, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        await asyncio.sleep(0.1)
        active[0] -= 1
        return name

async def waiter(ev, name):
    await ev.wait()
    print("event seen by", name)

async def sync_prims():
    lock = asyncio.Lock()
    shared = [0]
    await asyncio.gather(*(locked(lock, i, shared) for i in range(4)))
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    names = await asyncio.gather(*(sem_user(sem, i, active, peak) for i in range(5)))
    print("peak", peak[0], names)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "pq"]
    await asyncio.sleep(0.5)
    print("setting")
    ev.set()
    await asyncio.gather(*tasks)

asyncio.run(sync_prims())

async def slow():
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        print("slow was cancelled")
        raise

async def timeouts():
    try:
        await asyncio.wait_for(slow(), timeout=1.0)
    except asyncio.TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(worker("w", 0.1, 1), timeout=5))
    t = asyncio.create_task(slow())
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled())
    tasks = [asyncio.create_task(worker(n, d, 1)) for n, d in [("p", 0.3), ("q", 0.1), ("r", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    order = []
    for fut in asyncio.as_completed([worker("s", 0.3, 1), worker("u", 0.1, 1), worker("v", 0.2, 1)]):
        order.append(await fut)
    print(order)

asyncio.run(timeouts())

async def child(i):
    await asyncio.sleep(0.1 * (3 - i))
    print("child", i)
    return i * 10

async def groups():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(child(i)) for i in range(3)]
    print([t.result() for t in ts])
    print(asyncio.current_task().get_name().startswith("Task-"))
    print(asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print))
    c = child(0)
    print(asyncio.iscoroutine(c))
    await c

asyncio.run(groups())

async def nested_main():
    return sum(await asyncio.gather(*(child(i) for i in range(3))))

loop = asyncio.new_event_loop()
print(loop.run_until_complete(nested_main()))
loop.close()
try:
    asyncio.run(5)
except ValueError as e:
    print(e)

async def bad(i):
    await asyncio.sleep(0.1 * i)
    raise ValueError(f"bad {i}")

async def group_errors():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(bad(2))
            tg.create_task(slow())
    except* ValueError as eg:
        print("TaskGroup failed with", [str(e) for e in eg.exceptions])

asyncio.run(group_errors())
