# comparing lists, tuples and dicts that contain themselves: RecursionError at the recursion
# limit, as in CPython (the JVM's stack overflowed for dicts, and took seconds for lists)
import sys
a = [1]; a.append(a)
b = [1]; b.append(b)
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
d1 = {}; d1['k'] = d1
d2 = {}; d2['k'] = d2
try:
    print(d1 == d2)
except RecursionError as e:
    print('RecursionError', e)
t = (1,); l = [t]
for _ in range(5):
    l = [l, 1]
print(l == l, [l] == [l])
x = [1]; x.append(x)
print(x == x, x != x is False)
y = [1]; y.append(y)
try:
    print(x != y)
except RecursionError as e:
    print('RecursionError', e)
try:
    print(x < y)
except RecursionError as e:
    print('RecursionError', e)
deep = []
for _ in range(500):
    deep = [deep]
deep2 = []
for _ in range(500):
    deep2 = [deep2]
print(deep == deep2)
