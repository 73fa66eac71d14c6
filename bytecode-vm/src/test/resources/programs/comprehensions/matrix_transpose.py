m = [[1, 2, 3], [4, 5, 6]]
[[row[i] for row in m] for i in range(3)]
[list(t) for t in zip(*m)]
[[v * 10 for v in row] for row in m]
sum([sum(r) for r in m])
