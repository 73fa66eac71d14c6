class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(self.n)[i]]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i
    def __len__(self):
        return self.n
s = Seq(6)
s[2]
s[-1]
s[1:5]
list(s)
