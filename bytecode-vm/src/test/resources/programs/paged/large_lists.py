# Lists made by comprehensions over many elements: what a paged list must answer as a list does.
xs = [i * 3 for i in range(5000)]
print(len(xs), sum(xs), xs[0], xs[4321], xs[-1], xs[-5000])
print(max(xs), min(xs), max(xs[::7]), min(xs[100:200]))
print(xs[10:15], xs[4995:], xs[-3:], xs[::1000], xs[::-1000], xs[4990:4980:-3])
print(len(xs[100:4900]), sum(xs[100:4900]), xs[100:4900][2345], len(xs[::2]), sum(xs[1::2]))
print(xs.index(300), xs.count(300), 300 in xs, 301 in xs, xs.index(14997))
print(xs == [i * 3 for i in range(5000)], xs != [i * 3 for i in range(5000)], xs < xs + [1], xs[:3] < [0, 3, 7])
s = 0
for x in xs:
    s += x
print(s)
print(sum(x * 2 for x in xs), sum([x for x in xs if x % 2]), len([x for x in xs if x % 5 == 0]))
print(sorted(xs, reverse=True)[:4], list(reversed(xs))[:3], sorted(xs[:2000], key=lambda v: -v)[:2])
print(sum(map(lambda v: v // 3, xs)), list(zip(xs, range(3)))[:3], list(enumerate(xs))[-1])
print(tuple(xs)[-2:], len(set(xs)), len(list(xs)), str(xs[:4]), repr(xs[-2:]))
ys = xs + [1, 2]
print(len(ys), ys[-3:], len(xs + xs), (xs + xs)[5000], len(xs * 2), (xs * 2)[-1], len(2 * xs[:10]))
zs = xs[:]
zs.append(-1)
zs[0] = 'first'
print(len(xs), len(zs), xs[0], zs[0], zs[-1], xs[-1])
zs.extend([7, 8])
zs.insert(1, 'second')
del zs[2]
print(zs[:3], zs[-3:], zs.pop(), zs.pop(0), len(zs))
zs.sort(key=str)
print(zs[:3])
zs.reverse()
print(zs[:2])
ws = [i * 3 for i in range(5000)]
ws[100:4900] = [0]
print(len(ws), ws[99:102], sum(ws))
ws = [i for i in range(5000)]
del ws[::2]
print(len(ws), ws[:3], ws[-1])
ws = [i for i in range(5000)]
ws.clear()
print(ws)
# floats: sums in CPython's order, negative zeros, nan and inf kept
fs = [i * 0.1 for i in range(6000)]
print(sum(fs), fs[3], fs[-1], max(fs), min(fs), sum(fs[::3]), repr(fs[1234]))
gs = [(-0.0 if i == 700 else float('nan') if i == 800 else float('inf') if i == 900 else 1.5 * i) for i in range(3000)]
print(repr(gs[700]), gs[800] != gs[800], gs[900], sum(gs[:750]), str(gs[700:701]))
# mixed kinds: ints, floats, bools, big ints, strings and None in one list
ms = [i if i % 3 == 0 else i * 0.5 if i % 3 == 1 else (i % 2 == 0) for i in range(4000)]
print(ms[:6], ms[-3:], sum(ms), type(ms[2]).__name__, type(ms[3]).__name__, type(ms[4]).__name__)
bs = [2 ** 62 + i for i in range(3000)]
print(sum(bs), bs[-1], max(bs), bs[1500] - bs[1499], sum(bs) // 3000)
cs = [(2 ** 70 if i == 1234 else i) for i in range(3000)]
print(sum(cs), cs[1234], cs[1235], max(cs))
ss = [str(i) for i in range(3000)]
print(ss[-1], len(ss), ','.join(ss[:5]), sum(len(s) for s in ss))
ns = [None if i % 2 else i for i in range(3000)]
print(ns[:4], ns.count(None))
ts = [(i, i * i) for i in range(3000)]
print(ts[-1], dict(ts)[57], sum(b for a, b in ts))
# a list built from another large list, and reductions over it split across cores
qs = [x + 1 for x in xs]
print(len(qs), qs[4999], sum(qs), max(x % 1000 for x in qs), any(x == 14998 for x in qs), all(x > 0 for x in qs))
print({x % 7 for x in xs} == set(range(7)), len({x: x for x in xs}), sum({x: 1 for x in xs}.values()))
print([y for y in xs if y > 14990], [x for x in range(4000) if x > 3997])
nested = [[i, i + 1] for i in range(2000)]
print(nested[1999], sum(a + b for a, b in nested))
try:
    hash(xs)
except TypeError as e:
    print('TypeError', e)
try:
    xs[5000]
except IndexError as e:
    print('IndexError', e)
print(xs[-1] is xs[-1], xs.copy() == xs, xs.copy() is xs, list(xs) == xs)
