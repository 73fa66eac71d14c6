items = ["x", 1, 2.5, None, (1,)]
[f"{v!r}" for v in items]
[f"{v}" for v in items]
"|".join(f"{v!s:>5}" for v in items)
f"{items[0]!r:^7}"
f"{str(items)!r}"[:10]
