[round(x + 0.5) for x in range(-4, 5)]
[round(x / 10, 0) for x in range(0, 30, 5)]
type(round(2.5)).__name__
type(round(2.5, 0)).__name__
round(1e20)
