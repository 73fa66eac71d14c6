prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
sum(prices.values())
round(sum(prices.values()), 2)
min(prices.items(), key=lambda kv: kv[1])
{k: round(v * 1.1, 2) for k, v in prices.items()}
