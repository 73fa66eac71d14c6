# list(...) of ranges, iterators and generator expressions long enough to be built in pages
# (PagedCorpusTest runs this with pages of 512 elements): every list operation as CPython's.
N = 20000

a = list(range(N))
print(len(a), a[0], a[-1], a[N // 2], sum(a), min(a), max(a))
print(a[100:110], a[-5:], a[::4000], a[::-4999], a[5:-5:997])
b = list(range(N, -N, -3))
print(len(b), b[:3], b[-3:], sum(b), b.index(N - 300), b.count(7), 7 in b, 8 in b)
c = list(range(-2 ** 40, 2 ** 40, 2 ** 28))
print(len(c), c[0], c[-1], sum(c))

f = list(x * 0.25 for x in range(N))
print(len(f), f[1], f[-1], sum(f), max(f[::7]))
g = list(x for x in range(N) if x % 3 == 0)
print(len(g), g[:4], g[-1], sum(g))
h = list(x if x % 5 else x / 2 for x in range(N))
print(h[:7], sum(h), type(h[5]).__name__, type(h[6]).__name__)
s = list(str(x) for x in range(N))
print(len(s), s[12345], "".join(s[:12]))
t = list((x, x * x) for x in range(N))
print(t[-1], len(t))

it = iter(range(3 * N))
print(next(it), next(it))
rest = list(it)
print(len(rest), rest[0], rest[-1], list(it), next(it, "done"))

# equality, joins, copies
print(a == list(range(N)), a == list(range(N + 1)), a[:N - 1] == list(range(N - 1)))
j = a + f
print(len(j), j[N - 1], j[N], sum(j[:N]) == sum(a))
print((a * 2)[N], len(a * 2), list(reversed(a))[:3], sorted(f, reverse=True)[:2])

# changes: the list becomes an ordinary one, with every element kept
a.append(-1)
a[0] = "zero"
del a[1]
a.insert(2, 2.5)
print(len(a), a[:4], a[-2:], a.pop(), a.pop(0))
a.sort()
print(a[:3], a[-3:])
f.reverse()
f.extend([1, 2])
print(f[:2], f[-3:], len(f))
g[::2] = range(len(g[::2]))
print(g[:6], sum(g))

# a generator that raises part-way: CPython's exception, and nothing printed twice
def risky(n):
    return list(100 // (x - 15000) for x in range(n))

try:
    risky(N)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(len(risky(14000)), risky(14000)[-1])

def noisy(n):
    out = []
    def note(x):
        if x % 4999 == 0:
            out.append(x)
        return x
    v = list(note(x) for x in range(n))
    return len(v), out

print(noisy(N))
