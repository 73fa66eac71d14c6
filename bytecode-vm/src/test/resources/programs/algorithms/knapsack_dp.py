def knapsack(items, cap):
    best = (0,) * (cap + 1)
    for w, v in items:
        best = tuple(max(best[c], best[c - w] + v) if c >= w else best[c] for c in range(cap + 1))
    return best[cap]
knapsack([(1, 1), (3, 4), (4, 5), (5, 7)], 7)
knapsack([(2, 3), (3, 4), (4, 5), (5, 6)], 5)
knapsack([], 10)
