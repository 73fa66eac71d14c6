class Fraction:
    def __init__(self, n, d):
        g = Fraction.gcd(abs(n), abs(d))
        self.n = n // g
        self.d = d // g
    @staticmethod
    def gcd(a, b):
        return a if b == 0 else Fraction.gcd(b, a % b)
    def __add__(self, o):
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Fraction(self.n * o.n, self.d * o.d)
    def __repr__(self):
        return f"{self.n}/{self.d}"
Fraction(2, 4)
Fraction(1, 2) + Fraction(1, 3)
Fraction(3, 4) * Fraction(2, 9)
sum([Fraction(1, n) for n in range(2, 5)], Fraction(0, 1))
