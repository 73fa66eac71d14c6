# List comprehensions long enough to run in blocks (and, hot, compiled): every kind of element,
# source and failure gives CPython's list or exception.
import math

n = 5000
ints = [i * 3 - 7 for i in range(n)]
print(len(ints), ints[0], ints[-1], sum(ints))
floats = [math.sin(i) * 0.5 for i in range(n)]
print(len(floats), floats[1], floats[-1], sum(floats))
mixed = [i if i % 3 else i * 0.5 for i in range(n)]
print(mixed[:7], sum(mixed))
# types change part-way: ints, then floats, then strings
changing = [i if i < 2000 else (i * 1.5 if i < 4000 else str(i)) for i in range(n)]
print(changing[1999], changing[2000], changing[4000], len(changing))
big = [i ** 5 for i in range(n)]
print(big[-1], sum(big) % 1000003)
over = [(2 ** 62 + i) * 4 for i in range(n)]
print(over[0], over[-1])
filtered = [i for i in range(n * 3) if i % 7 == 3 and i % 2]
print(len(filtered), filtered[:5], filtered[-1])
pairs = [(i, j) for i in range(80) for j in range(i, 80) if (i + j) % 5 == 0]
print(len(pairs), pairs[:3], pairs[-1])
strs = [str(i) + "x" for i in range(n)]
print(strs[4321], len("".join(strs)))
source = list(range(n * 2))
doubled = [x * 2 for x in source]
print(doubled[9999], len(doubled))
offset = 17
shifted = [x + offset for x in source]
print(shifted[:3], shifted[-1])
funcs = [lambda k=i: k * k for i in range(n)]
print(funcs[70](), funcs[-1]())
closures = [(lambda: i)() for i in range(n)]
print(closures[123], closures[-1])
nested = [[j for j in range(i % 4)] for i in range(n)]
print(nested[:5], sum(len(x) for x in nested))
tuples = [divmod(i, 7) for i in range(n)]
print(tuples[4999], max(tuples))
bools = [i % 3 == 0 for i in range(n)]
print(bools[:4], sum(bools))
specials = [1 / (i - 2500) if i != 2500 else float("inf") for i in range(n)]
print(specials[2499], specials[2500], specials[2501], specials[0])
inf_nan = [float("nan") if i == 3000 else -0.0 for i in range(n)]
print(inf_nan[2999], inf_nan[3000], math.copysign(1, inf_nan[4000]))
try:
    bad = [10 // (i - 3456) for i in range(n)]
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
it = iter(range(2000))
try:
    stop = [next(it) for _ in range(n)]
except StopIteration:
    print("StopIteration from the element, as CPython's list comprehension lets it out")
def gen_stop():
    try:
        return [next(it2) for _ in range(n)]
    except StopIteration as e:
        return "stopped: " + repr(e)
it2 = iter(range(1500))
print(gen_stop())
try:
    [x.missing for x in range(n)]
except AttributeError as e:
    print("AttributeError:", e)
total = 0
def count(x):
    global total
    total += 1
    return x
counted = [count(x) for x in range(n)]
print(total, counted[-1])
seen = []
logged = [seen.append(i) or i for i in range(n)]
print(len(seen), seen[:3] == logged[:3])
walrus = [(last := i) for i in range(n)]
print(last, walrus[-1])
print([c for c in "abcdefgh" * 200 if c in "aeh"][:6], len([c for c in "abcdefgh" * 200]))
print([v for k, v in sorted({i: i * i for i in range(n)}.items()) if k > n - 3])
