# Running median with two heaps, and k-way merging with keys.
import heapq

def running_medians(stream):
    low = []   # max-heap by negation
    high = []  # min-heap
    out = []
    for x in stream:
        if low and x > -low[0]:
            heapq.heappush(high, x)
        else:
            heapq.heappush(low, -x)
        if len(low) > len(high) + 1:
            heapq.heappush(high, -heapq.heappop(low))
        elif len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        if len(low) > len(high):
            out.append(-low[0])
        else:
            out.append((-low[0] + high[0]) / 2)
    return out, low, high

medians, low, high = running_medians([5, 15, 1, 3, 8, 7, 9, 10, 20, 2])
medians
low, high

def kth_smallest_in_sorted_rows(rows, k):
    heap = [(row[0], r, 0) for r, row in enumerate(rows) if row]
    heapq.heapify(heap)
    value = None
    for _ in range(k):
        value, r, c = heapq.heappop(heap)
        if c + 1 < len(rows[r]):
            heapq.heappush(heap, (rows[r][c + 1], r, c + 1))
    return value, heap

kth_smallest_in_sorted_rows([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8)

people = [('ann', 31), ('bob', 25), ('cid', 31), ('dee', 19), ('eve', 25)]
by_age = sorted(people, key=lambda p: p[1])
by_name = sorted(people)
list(heapq.merge(by_age, by_age[::2], key=lambda p: p[1]))
list(heapq.merge(sorted(by_age, key=lambda p: p[1], reverse=True), [('zed', 40), ('amy', 20)], key=lambda p: p[1], reverse=True))
heapq.nlargest(2, people, key=lambda p: p[1])
heapq.nsmallest(3, people, key=lambda p: (p[1], p[0]))
heapq.nlargest(3, [1.5, 2, 2.0, 0.5, 2])
heapq.nsmallest(3, 'heapqueue')
merged = heapq.merge(range(0, 20, 3), range(1, 20, 5))
next(merged), next(merged), list(merged)
