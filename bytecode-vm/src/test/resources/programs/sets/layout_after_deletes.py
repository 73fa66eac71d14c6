# Set layouts as CPython 3.11 keeps them when elements are removed: a new element goes to the last
# dummy slot on its probe path, difference updates resize dummies away, and displays of constant
# tuples are built from a frozenset constant.
s = {0, 1}
s.remove(0)
s.remove(1)
s.add(8)
s.add(16)
print(s)
s = {30, 14, 4}
s.discard(4)
s -= {9}
print(s)
print({(1, 2), (0, 0), (5, 5)})
x = (1, 2)
print({x, (0, 0), (5, 5)})

import random
random.seed(9)
vals = list(range(-5, 60)) + [0.5, 2.5, -1.0, (1, 2), (0, 0), True, 2**40, 2**64 + 3]
for t in range(300):
    s = set(random.sample(vals[:60], random.randint(0, 20)))
    for _ in range(random.randint(1, 30)):
        op = random.random()
        v = random.choice(vals)
        w = set(random.sample(vals, random.randint(0, 12)))
        if op < 0.3: s.add(v)
        elif op < 0.5: s.discard(v)
        elif op < 0.55 and s: s.pop()
        elif op < 0.6: s |= w
        elif op < 0.65: s -= w
        elif op < 0.7: s.difference_update(list(w))
        elif op < 0.75: s ^= w
        elif op < 0.8: s &= w | {v}
        elif op < 0.85: s = s - w
        elif op < 0.88: s = s ^ w
        elif op < 0.91: s = s & w
        elif op < 0.94: s = s.difference(dict.fromkeys(w))
        elif op < 0.97: s.symmetric_difference_update(list(w))
        else: s = set(s)
    print(s)
