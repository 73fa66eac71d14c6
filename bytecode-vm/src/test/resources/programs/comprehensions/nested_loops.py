[(i, j) for i in range(3) for j in range(3) if i != j]
[x * y for x in range(1, 4) for y in range(1, 4)]
[c + d for c in "ab" for d in "xy"]
[[i * j for j in range(3)] for i in range(3)]
len([1 for i in range(5) for j in range(i)])
[(i, j) for i in range(3) for j in range(i, 3)]
