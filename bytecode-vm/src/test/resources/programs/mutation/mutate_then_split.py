# Objects built by a loop, changed in place, then read by split reductions; and objects made by
# the pieces of a split, changed after the join.
grid = [[0] * 50 for _ in range(50)]
for i in range(50):
    for j in range(50):
        grid[i][j] = (i * j) % 17
rows = [sum(r) for r in grid]
cells = sum(sum(r) for r in grid)
made = [[k, k + 1] for k in range(5000)]
for m in made:
    m.append(sum(m))
    m[0] = -m[0]
print(rows[:5], cells, made[:2], made[-1], sum(m[2] for m in made))
