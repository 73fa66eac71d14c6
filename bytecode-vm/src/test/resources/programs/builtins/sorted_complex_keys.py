data = [("ann", 3, 2.5), ("bob", 1, 9.0), ("cy", 3, 1.0), ("di", 2, 5.5)]
sorted(data, key=lambda r: r[1])
sorted(data, key=lambda r: (-r[1], r[2]))
[r[0] for r in sorted(data, key=lambda r: r[2], reverse=True)]
sorted(data)[0]
sorted([r[1] for r in data])
