# A deque changed while it is iterated raises, as CPython; a builtin type takes no new attributes.
from collections import deque
dq = deque([1, 2])
try:
    for x in dq:
        dq.append(x)
    print('no error', dq)
except RuntimeError as e:
    print('RuntimeError', e)
d2 = deque(range(5))
try:
    for x in reversed(d2):
        if x == 3:
            d2.popleft()
except RuntimeError as e:
    print('RuntimeError', e, d2)
d3 = deque(range(4))
print([x * 2 for x in d3], list(reversed(d3)), sum(d3))
it = iter(d3)
print(next(it))
d3.rotate(1)
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)
try:
    int.x = 1
except TypeError as e:
    print('TypeError', e)
