def bounds(v):
    return min(v), max(v), sum(v) / len(v)
lo, hi, avg = bounds([4, 8, 15, 16, 23, 42])
(lo, hi, avg)
*_, avg2 = bounds([1, 2])
avg2
(lo2, hi2), n = bounds([5, 6])[:2], 2
(lo2, hi2, n)
