data = [1, 5, 10, 15]
[(x, y) for x in data if (y := x * 3) > 10]
[z := 0, [z := z + v for v in range(4)], z]
[last := x for x in range(5)]
last
[(y := v * 2, y + 1) for v in range(3)]
