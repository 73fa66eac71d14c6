class D(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
    def __getitem__(self, k):
        return dict.__getitem__(self, k) + 1
d = D()
d["a"] = 1
print(d["a"], dict.__len__(d), dict.__contains__(d, "a"))
class L(list):
    def __len__(self):
        return list.__len__(self) * 10
    def __iter__(self):
        return list.__iter__(self)
l = L([1, 2])
print(len(l), list(l), list.__getitem__(l, 0), list.__add__([1], [2]))
print(set.__len__({1, 2}), str.__len__("abc"), tuple.__len__((1,)), bytes.__len__(b"ab"), int.__add__(1, 2), str.__add__("a", "b"))
print(str.__mul__("a", 3), float.__truediv__(1.0, 4), int.__lt__(1, 2), list.__contains__([1], 1), dict.__iter__({"k": 1}).__next__())
print(frozenset.__len__(frozenset({1})), set.__contains__({3}, 3), bytes.__add__(b"a", b"b"), set.__or__({1}, {2}), hasattr(list, "__len__"), hasattr(set, "__iter__"))
