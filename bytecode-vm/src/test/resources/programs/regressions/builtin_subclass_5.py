class L(list):
    def total(self):
        return sum(self)
l = L([1, 2, 3])
l.total(), l[1:], type(l[1:]).__name__, l + [4], type(l + [4]).__name__, len(l), repr(l)
