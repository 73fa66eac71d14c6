# The exact list layout after each heap operation, a scheduler, and the error cases.
import heapq

h = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(h)
h
heapq.heappush(h, -1)
h
heapq.heappop(h), h
heapq.heapreplace(h, 10), h
heapq.heappushpop(h, 4), h
heapq.heappushpop(h, -5), h
[heapq.heappop(h) for _ in range(len(h))], h

words = 'the quick brown fox jumps over the lazy dog again and again'.split()
wh = []
for w in words:
    heapq.heappush(wh, (len(w), w))
wh
[heapq.heappop(wh)[1] for _ in range(5)]

def heapsort(values):
    heap = list(values)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]

heapsort([5.5, -2, 3, 3, 0, 12, 7.25, -2])
data = [(i * 7919) % 101 for i in range(60)]
big = list(data)
heapq.heapify(big)
big[:20]
heapsort(data) == sorted(data)

class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name
    def __lt__(self, other):
        return self.priority < other.priority
    def __repr__(self):
        return 'Task(%d, %r)' % (self.priority, self.name)

tasks = [Task(3, 'write'), Task(1, 'plan'), Task(2, 'test'), Task(1, 'coffee'), Task(5, 'ship')]
queue = list(tasks)
heapq.heapify(queue)
queue
[heapq.heappop(queue).name for _ in range(len(queue))]

counter = 0
jobs = []
for prio, name in [(2, 'b'), (1, 'a'), (2, 'c'), (1, 'd'), (0, 'e')]:
    heapq.heappush(jobs, (prio, counter, name))
    counter += 1
jobs
heapq.nsmallest(3, jobs)

def attempt(f, *args):
    try:
        return f(*args)
    except (IndexError, TypeError) as e:
        return type(e).__name__ + ': ' + str(e)

attempt(heapq.heappop, [])
attempt(heapq.heapreplace, [], 1)
attempt(heapq.heappushpop, [], 1)
attempt(heapq.heappush, (), 1)
attempt(heapq.heapify, 'abc')
mixed = [3, 1]
attempt(heapq.heappush, mixed, 'x'), mixed
