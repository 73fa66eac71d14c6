def stats(v):
    n = len(v)
    mean = sum(v) / n
    return n, mean, min(v), max(v)
stats([1, 2, 3, 4])
n, mean, lo, hi = stats([10, 20])
(n, mean, lo, hi)
