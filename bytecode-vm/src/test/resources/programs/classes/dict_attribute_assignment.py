# o.__dict__ = d: the attributes live in d from then on (the AttrDict idiom: self.__dict__ = self).
class AttrDict(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.__dict__ = self
ad = AttrDict(a=1, b=2)
print(ad.a, ad['b'])
ad.c = 3
print(ad, ad['c'], sorted(ad.keys()), vars(ad) == ad)
del ad.a
print(ad, hasattr(ad, 'a'))
class O:
    def __init__(self): self.x = 1
o = O()
d = {'y': 2}
o.__dict__ = d
print(vars(o), o.__dict__ is d, hasattr(o, 'x'), o.y)
o.z = 3
print(d)
try: o.__dict__ = 5
except TypeError as e: print(e)
class Rec:
    def __init__(self, **kw): self.__dict__.update(kw)
    def __repr__(self): return f"Rec({self.__dict__})"
print(Rec(a=1, b=[2]))
class P:
    def __getstate__(self): return self.__dict__
    def __setstate__(self, st): self.__dict__ = st
import copy, pickle
p = P(); p.q = [1]; p2 = copy.deepcopy(p); print(p2.q, p2.q is p.q)
p3 = pickle.loads(pickle.dumps(p)); print(p3.q)
