# Dicts extended with | and {**d, k: v} share append-only storage; every version keeps
# its own entries, also when many versions are extended at once on several cores.
a = {1: 'a', 2: 'b'}
b = a | {3: 'c'}
c = a | {4: 'd'}
d = b | {5: 'e'}
e = {**b, 2: 'B'}
f = {**b, 6: 'f', 1: 'A'}
a, b, c, d, e, f, 3 in a, 4 in b, a.get(3), b.get(4), list(c), len(d), d == {1: 'a', 2: 'b', 3: 'c', 5: 'e'}
def memo(n):
    m = {}
    for i in range(n):
        m = {**m, i: (m.get(i - 1, 0) + i) % 1000}
    return len(m), m[n - 1], sum(m.values())
memo(5000)
def fib_memo(n, m):
    if n in m:
        return m[n], m
    if n < 2:
        return n, m | {n: n}
    x, m = fib_memo(n - 1, m)
    y, m = fib_memo(n - 2, m)
    return x + y, m | {n: x + y}
fib_memo(300, {})[0]
g = {i: i for i in range(10)}
hs = [g | {k: -k} for k in range(5, 15)]
[len(h) for h in hs], hs[0][5], hs[9][14], g
base = {i: i * i for i in range(50)}
ext = [base | {k: k} for k in range(20000)]
sum(len(x) for x in ext), ext[0][0], ext[60][60], ext[19999][19999], 19999 in ext[5], len(base)
ext2 = [{**base, k: -1, 0: k} for k in range(20000)]
ext2[7][0], ext2[7][7], ext2[100][100], base[0]
