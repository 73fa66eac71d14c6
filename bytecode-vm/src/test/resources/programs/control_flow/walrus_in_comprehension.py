data = [3, 8, 1, 9, 4]
[(x, s) for x in data if (s := x * x) > 10]
total = 0
running = [(total := total + x) for x in data]
running
total
