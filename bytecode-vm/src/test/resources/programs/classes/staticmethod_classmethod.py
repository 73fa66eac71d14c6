class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def unit(cls):
        return cls.scale
Temp.c_to_f(100)
Temp(0).c_to_f(-40)
Temp.from_f(212).deg
Temp.unit()
type(Temp.from_f(32)).__name__
