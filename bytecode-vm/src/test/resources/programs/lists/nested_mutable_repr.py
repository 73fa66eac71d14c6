row = [0, 0]
grid = [row, row]
grid
len(grid)
[r == row for r in grid]
[[i * j for j in range(4)] for i in range(4)]
