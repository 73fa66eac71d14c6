# Functions whose first statement is a loop that rebinds a parameter to another type: compiled
# at their first call, entered with the parameter unboxed, and the loop expects it boxed.
def chase(p, x):
    while p[x] != x:
        x = p[x]
    return x


def halve(v):
    while v > 1:
        v = v / 2
    return v


def grow(s):
    while len(str(s)) < 6:
        s = str(s) + "x"
    return s


class UnionFind:
    def __init__(self, n):
        self.parent = list(range(n))
        self.count = n

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[rb] = ra
        self.count -= 1
        return True


p = list(range(10))
p[3] = 2
p[2] = 1
print(chase(p, 3), chase(p, 7), halve(100), halve(True), halve(2 ** 70), grow(7), grow(1.5))
uf = UnionFind(10)
for a, b in [(0, 1), (2, 3), (1, 3), (4, 5), (6, 7), (5, 7), (0, 3), (8, 9)]:
    print(a, b, uf.union(a, b), uf.count)
print([uf.find(i) for i in range(10)])
