# Special methods of a builtin base read from a subclass instance (d.__getitem__ in a dict subclass,
# Counter.__getitem__ with its __missing__), as CPython finds them in the MRO.
import collections
c = collections.Counter("abbccc")
print(max(c, key=c.__getitem__), c.__getitem__('zz'), c.__len__(), c.__contains__('a'))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d.__getitem__('x'), d.__eq__({'a': 1}), d.__repr__(), d.__iter__().__next__())
class L(list): pass
l = L([3, 1, 2])
print(l.__add__([9]), l.__len__(), sorted(range(3), key=l.__getitem__), l.__eq__([3, 1, 2]), l.__contains__(1))
class S(str): pass
print(S('ab').__len__(), S('ab').__add__('c'), S('ab').__getitem__(0))
od = collections.OrderedDict(a=1)
print(od.__getitem__('a'))
dd = collections.defaultdict(list); print(dd.__getitem__('k'), dict(dd))
class T(tuple): pass
print(T((1, 2)).__getitem__(1), T((1,)).__hash__() == hash((1,)))
