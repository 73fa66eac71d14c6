class A:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return A(self.v + o)
    def __add__(self, o): return A(self.v * 100 + o)
a = A(1)
a += 2
a.v
b = A(1)
b = b + 2
b.v
