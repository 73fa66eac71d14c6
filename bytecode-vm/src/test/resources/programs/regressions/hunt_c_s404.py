class L(list):
    def total(self): return sum(self)
l = L([1, 2, 3])
l.total(), l, len(l), l[0], l + [4], type(l + [4]).__name__, L(x * 2 for x in l)
