class Multiplier:
    def __init__(self, k):
        self.k = k
    def make(self):
        k = self.k
        return lambda x: x * k
m = Multiplier(7)
m.make()(6)
[Multiplier(i).make()(2) for i in range(4)]
