# x[k] and x[k] = v on instances of a class with __getitem__/__setitem__ in Python: called
# directly from compiled code; a class changed later, a key that raises, and a subclass still
# answer as CPython's.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0.0] * (w * h)

    def __getitem__(self, xy):
        x, y = xy
        return self.cells[y * self.w + x]

    def __setitem__(self, xy, v):
        x, y = xy
        if v < 0:
            raise ValueError('negative cell %r' % (xy,))
        self.cells[y * self.w + x] = v

class Vec:
    def __init__(self, n):
        self.data = list(range(n))
    def __getitem__(self, i):
        return self.data[i] * 2
    def __setitem__(self, i, v):
        self.data[i] = v + 1

def relax(g, rounds):
    for r in range(rounds):
        for y in range(1, g.h - 1):
            for x in range(1, g.w - 1):
                g[x, y] = (g[x - 1, y] + g[x + 1, y] + g[x, y - 1] + g[x, y + 1]) * 0.25 + 1.0
    return g[g.w // 2, g.h // 2]

def vecs(v, n):
    t = 0
    for i in range(n):
        v[i] = v[i] + i
        t += v[i]
    return t

g = Grid(12, 9)
print(relax(g, 30), relax(g, 1))
print(vecs(Vec(50), 50), vecs(Vec(50), 50))
try:
    g[3, 3] = -1
except ValueError as e:
    print('ValueError:', e)
try:
    print(g[99, 99])
except IndexError as e:
    print('IndexError:', e)
Vec.__getitem__ = lambda self, i: -self.data[i]
print(vecs(Vec(10), 10))
class Vec3(Vec):
    def __getitem__(self, i):
        return 3 * self.data[i]
print(vecs(Vec3(10), 10), vecs(Vec(10), 10))
