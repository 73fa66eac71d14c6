rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("melon", 3.0, 7)]
[f"{n:<8}{price:>6.2f}{qty:>5d}" for n, price, qty in rows]
f"{'total':<8}{sum(p * q for _, p, q in rows):>11.2f}"
header = f"{'name':<8}{'price':>6}{'qty':>5}"
header
len(header)
