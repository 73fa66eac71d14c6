dist = {("a", "b"): 5, ("b", "c"): 3, ("a", "c"): 9}
dist[("a", "b")] + dist[("b", "c")]
min(dist, key=dist.get)
sorted(dist.items(), key=lambda kv: kv[1])
{frozenset(k): v for k, v in dist.items()}[frozenset(("b", "a"))]
