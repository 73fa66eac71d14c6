def sqrt(x):
    g = x / 2
    for _ in range(30):
        g = (g + x / g) / 2
    return g
sqrt(2)
sqrt(16)
sqrt(1e10)
[round(sqrt(n), 6) for n in range(1, 8)]
