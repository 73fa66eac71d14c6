def kadane(v):
    best = cur = v[0]
    for x in v[1:]:
        cur = max(x, cur + x)
        best = max(best, cur)
    return best
kadane([-2, 1, -3, 4, -1, 2, 1, -5, 4])
kadane([-3, -1, -2])
kadane([5])
