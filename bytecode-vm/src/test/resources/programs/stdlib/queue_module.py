import queue
from queue import Queue, PriorityQueue, LifoQueue, SimpleQueue, Empty, Full

q = Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
out = []
while not q.empty():
    out.append(q.get())
    q.task_done()
print(out, q.unfinished_tasks)
q.join()
try:
    q.get_nowait()
except Empty as e:
    print("empty", type(e), repr(e), Empty.__module__, Empty.__name__)
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("empty after timeout")
b = Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full())
try:
    b.put_nowait(3)
except Full as e:
    print("full", repr(e))
pq = PriorityQueue()
for x in [(3, 'c'), (1, 'a'), (2, 'b')]:
    pq.put(x)
print([pq.get() for _ in range(3)])
lq = LifoQueue()
for x in "abc": lq.put(x)
print([lq.get() for _ in range(3)])
sq = SimpleQueue()
sq.put(1); sq.put(2)
print(sq.get(), sq.qsize(), sq.empty(), type(sq).__name__, SimpleQueue.__module__)
print(Queue[int], q.queue, pq.queue, lq.queue, q.maxsize, b.maxsize)
try:
    q.task_done()
except ValueError as e:
    print(e)
# BFS
graph = {1: [2, 3], 2: [4], 3: [4], 4: []}
seen = {1}; order = []; fq = Queue(); fq.put(1)
while not fq.empty():
    n = fq.get(); order.append(n)
    for m in graph[n]:
        if m not in seen:
            seen.add(m); fq.put(m)
print(order)
print(issubclass(Empty, Exception), Full.__mro__)
