import copy, pickle
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x = x; self.y = y
p = P(1, 2)
print(hasattr(p, "__dict__"), p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
q = copy.copy(p); r = copy.deepcopy(p)
print(q.x, q.y, r.x, r.y)
s = pickle.loads(pickle.dumps(p))
print(s.x, s.y)
class Q(P):
    pass
print(hasattr(Q(1, 2), "__dict__"))
class R(P):
    __slots__ = ("w",)
r = R(1, 2); r.w = 5
print(hasattr(r, "__dict__"), r.w)
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)
