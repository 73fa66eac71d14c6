class Mod7:
    def __init__(self, v):
        self.v = v % 7
    def __add__(self, o):
        return Mod7(self.v + o.v)
    def __mul__(self, o):
        return Mod7(self.v * o.v)
    def __neg__(self):
        return Mod7(-self.v)
    def __abs__(self):
        return self.v
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return f"{self.v} (mod 7)"
Mod7(5) + Mod7(4)
Mod7(3) * Mod7(5)
-Mod7(2)
abs(Mod7(-1))
Mod7(10) == Mod7(3)
