xs = [3, 1, 2]
f"{sum(xs)}"
f"{sorted(xs)}"
f"{len(xs) * 10}"
f"{'yes' if xs else 'no'}"
f"{[x * x for x in xs]}"
f"{max(xs) - min(xs):03d}"
