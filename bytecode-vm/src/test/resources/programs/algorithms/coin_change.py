def ways(coins, amount):
    table = (1,) + (0,) * amount
    for c in coins:
        row = table
        for a in range(c, amount + 1):
            row = row[:a] + (row[a] + row[a - c],) + row[a + 1:]
        table = row
    return table[amount]
ways([1, 2, 5], 5)
ways([2], 3)
ways([1, 5, 10, 25, 50], 100)
