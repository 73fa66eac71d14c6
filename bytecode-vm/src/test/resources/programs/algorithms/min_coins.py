def min_coins(coins, amount):
    inf = float("inf")
    best = (0,)
    for a in range(1, amount + 1):
        best = best + (min((best[a - c] + 1 for c in coins if c <= a), default=inf),)
    return best[amount] if best[amount] != inf else -1
min_coins([1, 2, 5], 11)
min_coins([2], 3)
min_coins([1, 3, 4], 6)
