class T(tuple):
    def first(self):
        return self[0]
t = T((1, 2))
t.first(), t + (3,), len(t), t == (1, 2), repr(t)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
Pair(1, 2).swap(), Pair(1, 2)
