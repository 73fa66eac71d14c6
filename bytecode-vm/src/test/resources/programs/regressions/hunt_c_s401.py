class Meters(float):
    def __repr__(self): return f"{float(self):.1f}m"
m = Meters(3.25)
m, m + 1, type(m + 1).__name__, [Meters(1)], m * 2, isinstance(m, float), str(m), f"{m:.3f}"
