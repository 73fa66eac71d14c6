# A dict subclass's __missing__ answers through super().__getitem__ and dict.__getitem__ too.
class D(dict):
    def __missing__(self, k):
        return k.upper()
    def __getitem__(self, k):
        return super().__getitem__(k)
d = D()
print(d['zz'], dict.__getitem__(d, 'q'))
class E(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
print(E(a=1)["a"])
try: E()["b"]
except KeyError as e: print("KeyError", e)
import collections
class C(collections.Counter):
    def __getitem__(self, k): return super().__getitem__(k) + 100
print(C("aab")["a"], C()["z"])
