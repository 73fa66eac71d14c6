class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __eq__(self, o): return self.v == o.v
    def __repr__(self): return f"N{self.v}"
a, b = N(1), N(2)
[a < b, a <= b, a > b, a >= b, a == b, a != b]
sorted([N(3), N(1), N(2)])
min(N(5), N(4))
