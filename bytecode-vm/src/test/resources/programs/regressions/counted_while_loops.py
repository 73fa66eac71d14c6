# Counting while loops (while i < n: ...; i += k) that accumulate run as folds that may split;
# everything a while loop leaves behind must stay as CPython leaves it.
import math


def f(x):
    return (x * 7919) % 1009


def total(n):
    c = 0
    i = 0
    while i < n:
        c = c + f(i)
        i = i + 1
    return c, i


print(total(10000), total(0), total(-5), total(1))


def total_aug(lo, hi, step):
    c = 0
    i = lo
    while i < hi:
        c += f(i) * i
        i += step
    return c, i


print(total_aug(3, 10000, 1), total_aug(3, 10000, 7), total_aug(10, 3, 2), total_aug(-50, 50, 3))
print(total_aug(2 ** 70, 2 ** 70 + 5000, 3))


def floats(n):
    t = 0.0
    k = 0
    while k < n:
        t = t + math.sin(k) / (k + 1)
        k = k + 1
    return t, k


print(floats(20000))


def float_counter():
    t = 0
    x = 0.5
    while x < 3000:
        t = t + x
        x = x + 1
    return t, x


print(float_counter())


def bool_counter():
    t = 0
    b = False
    while b < 3:
        t = t + b
        b = b + 1
    return t, b, type(b).__name__


print(bool_counter())


def filtered(n):
    c = 0
    i = 0
    while i < n:
        if i % 3 == 1:
            c = c + i * i
        i += 1
    return c, i


print(filtered(9000))


def appended(n):
    out = []
    i = 0
    while i < n:
        out.append(f(i))
        i = i + 1
    return len(out), sum(out), out[:5], i


print(appended(5000))


def raises(n):
    c = 0
    i = 0
    try:
        while i < n:
            c = c + 100 // (i - 4321)
            i = i + 1
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), c, i
    return c, i


print(raises(10000), raises(100))


def bound_changes(n):
    # the body changes the bound: runs as written
    c = 0
    i = 0
    while i < n:
        c = c + i
        n = n - 1
        i = i + 1
    return c, i, n


print(bound_changes(5000))


def counter_changes(n):
    c = 0
    i = 0
    while i < n:
        c = c + i
        if i == 10:
            i = 100
        i = i + 1
    return c, i


print(counter_changes(5000))


def early_exit(n):
    c = 0
    i = 0
    while i < n:
        c = c + i
        if c > 100000:
            break
        i = i + 1
    return c, i


print(early_exit(5000))


def with_else(n):
    c = 0
    i = 0
    while i < n:
        c = c + i
        i = i + 1
    else:
        c = -c
    return c, i


print(with_else(3000))


def nested(n):
    rows = 0
    i = 0
    while i < n:
        j = 0
        s = 0
        while j < i:
            s = s + j
            j = j + 1
        rows = rows + s
        i = i + 1
    return rows, i


print(nested(300))


def closure_reads_counter(n):
    c = 0
    i = 0
    g = lambda: i
    while i < n:
        c = c + g()
        i = i + 1
    return c, i


print(closure_reads_counter(3000))


class Counter:
    def __init__(self):
        self.hits = 0

    def hit(self, x):
        self.hits += 1
        return x


def mutating(n):
    k = Counter()
    c = 0
    i = 0
    while i < n:
        c = c + k.hit(i)
        i = i + 1
    return c, i, k.hits


print(mutating(4000))


def printing(n):
    c = 0
    i = 0
    while i < n:
        if i % 1000 == 0:
            print("at", i)
        c = c + i
        i = i + 1
    return c


print(printing(4000))

# at module level
acc = 0
m = 0
while m < 6000:
    acc = acc + f(m)
    m = m + 1
print(acc, m)


# closures over the loop variable see its last value, as in CPython (not folded)
def closures(n):
    out = []
    for j in range(n):
        out.append(lambda: j)
    fs = []
    i = 0
    while i < n:
        fs = fs + [lambda: i]
        i = i + 1
    gs = []
    for k in range(n):
        gs.append(x + k for x in range(2))
    return [f() for f in out][:3], [f() for f in fs][-2:], [list(g) for g in gs][:2], i


print(closures(3000))
