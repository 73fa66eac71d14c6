graph = {"A": {"B": 4, "C": 2}, "B": {"D": 5}, "C": {"B": 1, "D": 8}, "D": {}}
def dijkstra(src):
    dist = {src: 0}
    done = frozenset()
    while len(done) < len(dist):
        u = min((n for n in dist if n not in done), key=lambda n: dist[n])
        done = done | {u}
        for v, w in graph[u].items():
            if v not in dist or dist[u] + w < dist[v]:
                dist = {**dist, v: dist[u] + w}
    return dict(sorted(dist.items()))
dijkstra("A")
dijkstra("C")
dijkstra("D")
