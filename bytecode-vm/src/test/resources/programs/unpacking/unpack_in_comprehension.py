points = [(1, 2), (3, 4), (5, 6)]
[x * y for x, y in points]
{x: y for x, y in points}
[(y, x) for x, y in points if x > 1]
[a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]]
