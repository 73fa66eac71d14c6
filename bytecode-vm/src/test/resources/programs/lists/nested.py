grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
grid[1]
grid[1][2]
grid[-1][-1]
[row[0] for row in grid]
[grid[i][i] for i in range(3)]
[[grid[j][i] for j in range(3)] for i in range(3)]
sum(sum(row) for row in grid)
