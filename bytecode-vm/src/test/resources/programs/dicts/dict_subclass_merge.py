class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__(k).upper()
    def keys(self):
        return ["x"]
u = Upper(x="low", y="other")
def f(**kw):
    return kw
print(f(**u), {**u}, dict(u), u["x"], list(u.items()))
d = {}
d.update(u)
print(d)
class OwnIter(dict):
    def __iter__(self):
        return iter(["b"])
    def keys(self):
        return ["b"]
o = OwnIter(a=1, b=2)
print(dict(o), {**o})
class M:
    def keys(self):
        return ["p"]
    def __getitem__(self, k):
        return k * 2
print(dict(M()), {**M()})
