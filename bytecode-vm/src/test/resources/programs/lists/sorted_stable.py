pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c"), (1, "c")]
sorted(pairs, key=lambda p: p[0])
sorted(pairs, key=lambda p: p[1])
sorted(pairs, key=lambda p: -p[0])
sorted(pairs, key=lambda p: p[0], reverse=True)
