from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d
d.pop()
d.popleft()
d
d.extend(range(10, 20))
d.extendleft('ab')
d
len(d)
d[0], d[-1], d[5]
d[2] = 'x'
d
d.rotate(3)
d
d.rotate(-5)
d
list(reversed(d))
d.count(12), 12 in d, 99 in d
d.remove(12)
d.index(13)
del d[0]
d
d.clear()
d, bool(d)
m = deque(range(10), maxlen=3)
m
m.append(10)
m.appendleft(-1)
m, m.maxlen
m2 = deque(maxlen=0)
m2.append(1)
m2
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
q.popleft(), q.pop(), len(q)
sum(q)
deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque([1]) == [1]
deque('ab') + deque('cd')
deque([1, 2]) * 2
x = deque([3, 4])
x.insert(1, 9)
x.reverse()
x
x.copy()
try:
    deque().pop()
except IndexError as e:
    err = str(e)
err
try:
    x.remove(100)
except ValueError as e:
    err = str(e)
err

dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
dd
dd['zz']
sorted(dd)
dd2 = defaultdict(int, {'x': 1})
dd2['x'] += 5
dd2['y'] += 1
dd2
dd2.default_factory
defaultdict(None, a=1)
isinstance(dd2, dict)
try:
    defaultdict(None)['k']
except KeyError as e:
    err = repr(e)
err
try:
    defaultdict(5)
except TypeError as e:
    err = str(e)
err
dd3 = dd2.copy()
dd3['q']
dd3, dd2

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
od
od.move_to_end('b')
od
od.move_to_end('c', last=False)
od
od.popitem()
od.popitem(last=False)
od
OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)])
OrderedDict([(1, 2), (3, 4)]) == {3: 4, 1: 2}
OrderedDict.fromkeys('abc', 0)
OrderedDict()
list(reversed(OrderedDict.fromkeys('xyz')))
