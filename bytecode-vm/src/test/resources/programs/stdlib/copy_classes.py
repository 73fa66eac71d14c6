# Copying objects of user classes: attribute dicts, hooks, subclasses of builtins.
import copy
from collections import namedtuple

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

class Polygon:
    def __init__(self, name, points):
        self.name = name
        self.points = points
    def __repr__(self):
        return 'Polygon(%r, %r)' % (self.name, self.points)

p = Point(1, [2, 3])
p1 = copy.copy(p)
p2 = copy.deepcopy(p)
p1, p2, type(p2) is Point, p1 is p
p1.y is p.y, p2.y is p.y

tri = Polygon('tri', [Point(0, 0), Point(4, 0), Point(0, 3)])
tri2 = copy.deepcopy(tri)
tri2.points[0].x = 99
tri2.name = 'moved'
tri, tri2
tri3 = copy.copy(tri)
tri3.points is tri.points

class Empty:
    pass
e = copy.deepcopy(Empty())
type(e).__name__

class Counter:
    instances = 0
    def __init__(self, start):
        self.value = start
        self.history = [start]
    def __copy__(self):
        fresh = Counter(self.value)
        fresh.history = ['copied'] + self.history
        return fresh
    def __deepcopy__(self, memo):
        fresh = Counter(self.value * 10)
        fresh.history = copy.deepcopy(self.history, memo)
        return fresh

c = Counter(5)
c.history.append(6)
cc = copy.copy(c)
cd = copy.deepcopy(c)
(cc.value, cc.history), (cd.value, cd.history), cd.history is c.history
copy.deepcopy([c, c])[0] is copy.deepcopy([c, c])[1]
pair = copy.deepcopy([c, c])
pair[0] is pair[1], pair[0].value

class Tree:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
    def add(self, value):
        kid = Tree(value, self)
        self.children.append(kid)
        return kid

root = Tree('r')
a = root.add('a')
a1 = a.add('a1')
b = root.add('b')
clone = copy.deepcopy(root)
clone.children[0].parent is clone, clone.children[0].children[0].parent is clone.children[0]
[k.value for k in clone.children], clone.children[0] is a

Pair = namedtuple('Pair', 'left right')
pr = Pair([1], 'r')
pc = copy.copy(pr)
pd = copy.deepcopy(pr)
pc, pd, pc is pr, pd.left is pr.left, type(pd) is Pair

class Stack(list):
    def peek(self):
        return self[-1]

s = Stack([1, [2]])
s2 = copy.deepcopy(s)
type(s2).__name__, s2, s2.peek() is s.peek(), s2 == s

class Registry(dict):
    pass

r = Registry(a=[1], b=2)
r2 = copy.copy(r)
type(r2).__name__, r2, r2['a'] is r['a']

def sneaky():
    def gen():
        yield 1
    try:
        copy.copy(gen())
    except TypeError as err:
        return str(err)

sneaky()
issubclass(copy.Error, Exception)
