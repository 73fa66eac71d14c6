suits = "SH"
ranks = ["A", "K", "10"]
[r + s for s in suits for r in ranks]
len([(a, b, c) for a in range(3) for b in range(3) for c in range(3)])
[(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
