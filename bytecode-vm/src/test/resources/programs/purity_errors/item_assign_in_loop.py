# expect: PurityError at 4:5 item
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
grid
