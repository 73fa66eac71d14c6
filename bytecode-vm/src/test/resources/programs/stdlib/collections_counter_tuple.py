from collections import Counter, namedtuple, ChainMap

c = Counter('abracadabra')
c
c.most_common(2)
c['z']
c.update('aaz')
c
c.subtract({'a': 10})
c
sorted(c.elements())
c.total()
+c
-c
Counter(a=3, b=1) + Counter(a=1, b=2, c=1)
Counter(a=3, b=1) - Counter(a=1, b=2)
Counter(a=3, b=1) | Counter(a=1, b=2)
Counter(a=3, b=1) & Counter(a=1, b=2)
Counter(a=1) == Counter(a=1, b=0)
Counter(a=1) <= Counter(a=2)
e = Counter([1, 1, 2])
e += Counter([2, 3])
e
e -= Counter([1, 1, 1])
e
del e[99]
e
Counter()
Counter({'x': 2, 'y': 5})
words = 'the quick the lazy the dog dog'.split()
Counter(words).most_common()

Point = namedtuple('Point', 'x y')
p = Point(1, 2)
p
p.x + p.y
p[0], len(p), tuple(p)
p._replace(y=5)
p._asdict()
Point._fields
Point._make([3, 4])
type(p).__name__
isinstance(p, tuple)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
P3(1), P3(1, 2), P3(a=5, c=1)
a, b, c = P3(7)
a, b, c
P3(1) == (1, 0, 9)
hash(Point(1, 2)) == hash((1, 2))
R = namedtuple('R', 'def x x', rename=True)
R._fields
try:
    Point(1)
except TypeError as ex:
    err = str(ex)
err

cm = ChainMap({'a': 1}, {'a': 10, 'b': 2})
cm
cm['a'], cm['b'], len(cm), sorted(cm)
cm['c'] = 3
cm.maps
child = cm.new_child({'b': 20})
child['b'], child.parents['b']
'b' in child, 'q' in child
child.get('q', 'none')
list(child.items())
del cm['c']
cm
try:
    del cm['b']
except KeyError as ex:
    err = str(ex)
err
dict(cm.items())
