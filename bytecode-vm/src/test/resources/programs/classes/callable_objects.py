class Poly:
    def __init__(self, *coeffs):
        self.coeffs = coeffs
    def __call__(self, x):
        return sum(c * x ** i for i, c in enumerate(self.coeffs))
p = Poly(1, 2, 3)
p(0)
p(1)
p(2)
list(map(p, range(5)))
