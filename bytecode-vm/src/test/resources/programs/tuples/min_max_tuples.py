pts = [(3, 1), (1, 5), (2, 2), (1, 0)]
min(pts)
max(pts)
min(pts, key=lambda p: p[1])
sorted(pts, key=lambda p: p[0] + p[1])
