v = [[1, 2], [3, 4, 5], [], [6]]
[x for row in v for x in row]
[x for row in v if len(row) > 1 for x in row if x % 2]
[[y for y in row if y > 2] for row in v]
[str(x) for row in v for x in row][::-1]
sum(x for row in v for x in row)
