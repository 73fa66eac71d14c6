def scale(x, k=2):
    return x * k

def total(n):
    s = 0
    for i in range(n):
        s += scale(i)
        if i == n // 2:
            scale.__defaults__ = (scale.__defaults__[0] + 1,)
    return s

print(total(10000), scale.__defaults__)
print(total(10000), scale.__defaults__)
scale.__defaults__ = None
try:
    scale(1)
except TypeError as e:
    print("TypeError", e)
try:
    scale.__defaults__ = [1]
except TypeError as e:
    print("TypeError", e)
scale.__defaults__ = (1.5,)
print(sum(scale(i) for i in range(1000)))

def kw(a, *, b=1, c=2):
    return a + b * c
print(kw(1), kw.__kwdefaults__)
kw.__kwdefaults__ = {'b': 10, 'c': 3}
print(kw(1))
kw.__kwdefaults__['c'] = 4
print(kw(1), kw.__kwdefaults__)
kw.__kwdefaults__ = None
try:
    kw(1)
except TypeError as e:
    print("TypeError", e)
try:
    kw.__kwdefaults__ = (1,)
except TypeError as e:
    print("TypeError", e)

class Box:
    def __init__(self, v=0):
        self.v = v
    def get(self, extra=0):
        return self.v + extra
bs = [Box(i) for i in range(2000)]
print(sum(b.get() for b in bs))
Box.get.__defaults__ = (5,)
print(sum(b.get() for b in bs))
Box.__init__.__defaults__ = (7,)
print(Box().v)
