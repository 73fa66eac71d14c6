# __slots__: instances of classes whose whole MRO declares slots take only those attributes.
class P:
    __slots__ = ('x', 'y')
    kind = 'point'

    def __init__(self, x, y):
        self.x = x
        self.y = y

class P3(P):
    __slots__ = ('z',)

class Free(P):
    pass

p = P3(1, 2)
p.z = 3
print(p.x, p.y, p.z)
for obj, attr in [(p, 'w'), (P(0, 0), 'z'), (p, 'kind')]:
    try:
        setattr(obj, attr, 9)
    except AttributeError as e:
        print('AttributeError:', e)
f = Free(1, 2)
f.anything = 'ok'
print(f.anything)

class WithDict:
    __slots__ = ('a', '__dict__')

w = WithDict()
w.b = 5
print(w.b)
