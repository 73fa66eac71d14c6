# Counter over an iterable hashes each element once (CPython's _count_elements), through a subclass's own get or __setitem__ when it has them
from collections import Counter
n = 0
eqs = 0
class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        global n; n += 1; return self.v % 3
    def __eq__(self, o):
        global eqs; eqs += 1; return self.v == o.v
    def __repr__(self): return f"H{self.v}"
h = H(1)
c = Counter([h, h, H(4), H(1)])
print(n, eqs, c)
class Loud(Counter):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v)
print(Loud("abca"))
class G(Counter):
    def get(self, k, d=None):
        print("get", k); return super().get(k, d)
print(G("ab"))
c = Counter("hello world")
c.update("hello")
print(c.most_common(3), sum(c.values()))
c2 = Counter({"a": 1.5})
c2.update(["a", "a"])
print(c2)
try:
    Counter([[1]])
except TypeError as e:
    print(e)
words = ("the quick brown fox jumps over the lazy dog " * 2000).split()
print(Counter(words).most_common(2))
