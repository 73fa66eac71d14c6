pairs = [(1, "one"), (2, "two"), (3, "three")]
[n for n, _ in pairs]
[w for _, w in pairs]
{w: n for n, w in pairs}
[(b, a) for a, b in pairs]
[a * len(b) for a, b in pairs]
