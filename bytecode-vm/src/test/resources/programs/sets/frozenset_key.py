d = {frozenset({1, 2}): "a", frozenset({3}): "b"}
d[frozenset({2, 1})]
len(d)
{frozenset(p): p for p in [(1, 2), (2, 1), (3, 4)]}[frozenset((4, 3))]
len({frozenset(p) for p in [(1, 2), (2, 1), (3, 4)]})
