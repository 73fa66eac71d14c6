# Shortest paths with a binary heap, then the k cheapest routes and a k-way merge.
import heapq
from heapq import heappush, heappop

graph = {
    'A': [('B', 7), ('C', 9), ('F', 14)],
    'B': [('A', 7), ('C', 10), ('D', 15)],
    'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)],
    'D': [('B', 15), ('C', 11), ('E', 6)],
    'E': [('D', 6), ('F', 9)],
    'F': [('A', 14), ('C', 2), ('E', 9)],
    'G': [],
}

def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    done = set()
    queue = [(0, source)]
    pops = 0
    while queue:
        d, node = heappop(queue)
        pops += 1
        if node in done:
            continue
        done = done | {node}
        for neighbour, weight in graph[node]:
            nd = d + weight
            if neighbour not in dist or nd < dist[neighbour]:
                dist = dist | {neighbour: nd}
                prev = prev | {neighbour: node}
                heappush(queue, (nd, neighbour))
    return dist, prev, pops

def path(prev, target):
    route = [target]
    while route[-1] in prev:
        route = route + [prev[route[-1]]]
    return route[::-1]

dist, prev, pops = dijkstra(graph, 'A')
dist
pops
path(prev, 'E'), path(prev, 'D'), path(prev, 'A')
'G' in dist
sorted(dist.items(), key=lambda kv: (kv[1], kv[0]))

# A grid maze: cheapest walk from the top-left to the bottom-right corner.
grid = [
    [1, 3, 1, 2, 9],
    [7, 3, 4, 9, 9],
    [1, 7, 5, 5, 3],
    [2, 3, 4, 2, 5],
]

def cheapest(grid):
    rows, cols = len(grid), len(grid[0])
    best = {(0, 0): grid[0][0]}
    heap = [(grid[0][0], 0, 0)]
    while heap:
        cost, r, c = heappop(heap)
        if (r, c) == (rows - 1, cols - 1):
            return cost
        if cost > best[(r, c)]:
            continue
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols:
                nxt = cost + grid[nr][nc]
                if nxt < best.get((nr, nc), 10 ** 9):
                    best = best | {(nr, nc): nxt}
                    heappush(heap, (nxt, nr, nc))
    return None

cheapest(grid)

# Top-k queries.
scores = {'ann': 91, 'bob': 78, 'cid': 91, 'dee': 65, 'eve': 88, 'fay': 78, 'gus': 99}
heapq.nlargest(3, scores, key=scores.get)
heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1])
heapq.nlargest(4, scores.values()), heapq.nsmallest(4, scores.values())
heapq.nlargest(1, []), heapq.nsmallest(0, [3, 1]), heapq.nsmallest(10, [3, 1, 2])
heapq.nsmallest(3, (x * x % 17 for x in range(40)))

# Merging sorted logs by timestamp.
web = [(1, 'web', 'GET /'), (4, 'web', 'GET /a'), (9, 'web', 'POST /b')]
db = [(2, 'db', 'query'), (4, 'db', 'commit'), (7, 'db', 'query')]
cache = [(3, 'cache', 'miss'), (8, 'cache', 'hit')]
[entry[1] + '@' + str(entry[0]) for entry in heapq.merge(web, db, cache, key=lambda e: e[0])]
list(heapq.merge([9, 5, 1], [8, 2], [7, 6, 0], reverse=True))
list(heapq.merge('ace', 'bdf', 'z'))
list(heapq.merge())
