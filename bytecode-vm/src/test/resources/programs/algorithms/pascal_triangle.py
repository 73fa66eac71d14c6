def next_row(r):
    return [1] + [a + b for a, b in zip(r, r[1:])] + [1]
rows = [[1]]
for _ in range(6):
    rows = rows + [next_row(rows[-1])]
rows
[sum(r) for r in rows]
