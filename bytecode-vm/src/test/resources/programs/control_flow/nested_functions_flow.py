def grid_walk(n):
    count = 0
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            if i + j > n:
                break
            count += 1
    return count
[grid_walk(n) for n in range(6)]
grid_walk(10)
grid_walk(1)
