class Evens:
    def __iter__(self):
        return iter(range(0, 10, 2))
4 in Evens()
5 in Evens()
class Upto:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 3
6 in Upto(5)
list(Upto(4))
