class P:
    __slots__ = ('x', 'y', '__priv')
    def __init__(self, x):
        self.x = x
        self.__priv = 1
print(P.x, type(P.x).__name__, P._P__priv)
p = P(3)
print(p.x, hasattr(p, 'y'))
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 4
print(p.y, sorted(k for k in vars(P) if not k.startswith('__')))
del p.y
print(hasattr(p, 'y'))
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError", e)
class Q(P):
    __slots__ = ('z',)
q = Q(1)
q.z = 2
print(q.x, q.z, Q.z, 'x' in Q.__dict__, 'z' in Q.__dict__)
class Free(P):
    pass
f = Free(5)
f.w = 6
print(f.x, f.w)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print("ValueError", e)
class G:
    __slots__ = ('v',)
    def __getattr__(self, name):
        return "dflt-" + name
g = G()
print(g.v, g.other)
g.v = 1
print(g.v)
def total(ps):
    s = 0
    for p in ps:
        s += p.x
    return s
ps = [P(i) for i in range(5000)]
print(total(ps), total(ps))
import copy
c = copy.copy(p)
print(c.x, hasattr(c, 'y'))
