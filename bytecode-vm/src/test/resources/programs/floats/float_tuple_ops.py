pts = [(1.5, 2.0), (-0.5, 4.25), (3.0, -1.0)]
[x * y for x, y in pts]
sum(x for x, _ in pts) / len(pts)
max(pts, key=lambda p: p[1])
sorted(pts)
