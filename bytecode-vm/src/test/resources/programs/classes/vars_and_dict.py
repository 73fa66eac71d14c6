# vars(obj) and obj.__dict__ are the instance's live attribute dict: writes through it are
# attributes, and attribute writes show in it.
class P:
    def __init__(self):
        self.a = 1

p = P()
sorted(vars(p))
d = p.__dict__
d['b'] = 2
p.c = 3
print(p.b, sorted(d), vars(p) is d, hasattr(p, 'b'))
del p.a
print(d, 'a' in vars(p))
d.update(x=10, y=20)
print(p.x + p.y, getattr(p, 'missing', 'none'))
del d['x']
print(hasattr(p, 'x'), p.__dict__)
objs = [P() for _ in range(3)]
for i, o in enumerate(objs):
    o.__dict__['i'] = i
print([o.i for o in objs], [sorted(vars(o)) for o in objs])
