# Loops long enough to run in chunks (tier 1 goes on in a resume method after 1024 back edges;
# a directly called function after 16384): every kind of state at a loop header, results of every
# type returned from inside a chunk, types that change after the first chunks, exceptions raised
# in a later chunk, nested loops whose chunks end at the inner or the outer header.


def float_sum(n):
    total = 0.0
    x = n
    while x > 0:
        total = total + (x + 20.0) * 10.0
        x = x - 1
    return total


def int_sum_range(n):
    s = 0
    for i in range(n):
        s += i * i
    return s


def range_step(a, b, c):
    s = 0
    for i in range(a, b, c):
        s = s + i
    return s


def over_list(xs):
    best = None
    count = 0
    for x in xs:
        count += 1
        if best is None or x > best:
            best = x
    return best, count


def returns_long(n):
    i = 0
    while True:
        i = i + 1
        if i * 7 % 5003 == 4999 and i > 3000:
            return i


def returns_float(n):
    t = 0.5
    i = 0
    while i < n:
        t = t * 1.0000001
        i += 1
        if i == n - 3:
            return t
    return -1.0


def returns_bool(n):
    i = 0
    while i < n:
        i += 1
    return i == n


def returns_object(n):
    out = []
    i = 0
    while i < n:
        if i % 997 == 0:
            out.append(i)
        i += 1
    return out


def grows_past_int64(n):
    x = 1
    i = 0
    while i < n:
        x = x * 3 + 1
        i += 1
    return x % 1000000007, x.bit_length()


def switches_type(n):
    t = 0
    i = 0
    while i < n:
        if i == 5000:
            t = float(t)
        if i == 9000:
            t = str(t)[:5]
            t = len(t)
        t = t + 1
        i += 1
    return t


def raises_late(n):
    i = 0
    s = 0
    while i < n:
        s += 10 // (n - 5000 - i)
        i += 1
    return s


def nested(n, m):
    total = 0
    for i in range(n):
        j = 0
        while j < m:
            total += i ^ j
            j += 1
    return total


def nested_break(n):
    found = []
    for a in range(2, n):
        b = 2
        while b * b <= a:
            if a % b == 0:
                break
            b += 1
        else:
            found.append(a)
    return len(found), found[-3:]


def leaf(x):
    return x * 2 + 1


def calls_leaf(n):
    s = 0
    i = 0
    while i < n:
        s = s + leaf(i)
        i += 1
    return s


def callee_loop(n):
    s = 0.0
    k = 0
    while k < n:
        s += k * 0.25
        k += 1
    return s


def calls_long_callee(n):
    t = 0.0
    for r in range(3):
        t = t + callee_loop(n + r)
    return t


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def mutates_instance(n):
    p = Point(0, 0)
    i = 0
    while i < n:
        p.x = p.x + 1
        if i == 20000:
            p.y = "late"
        i += 1
    return p.x, p.y


def pows(n):
    s = 0
    i = 0
    while i < n:
        s += (i % 7) ** 3 + 2 ** (i % 10)
        i += 1
    return s


print(float_sum(100000))
print(int_sum_range(50000))
print(range_step(10, 100000, 7), range_step(100000, -5, -3))
print(over_list([(i * 7919) % 10007 for i in range(30000)]))
print(returns_long(10))
print(returns_float(40000))
print(returns_bool(30000))
r = returns_object(20000)
print(len(r), r[:3], r[-2:])
print(grows_past_int64(3000))
print(switches_type(12000))
try:
    raises_late(10000)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(nested(300, 300), nested(3, 5000))
print(nested_break(3000))
print(calls_leaf(50000))
print(calls_long_callee(40000))
print(mutates_instance(30000))
print(pows(40000))
print(2 ** 62, 2 ** 63, (-2) ** 63, (-2) ** 64, 3 ** 39, 3 ** 40, 0 ** 0, True ** False)


def pow_edges():
    out = []
    for b in [2, -2, 3, 0, 1, -1, 10]:
        for e in [0, 1, 2, 5, 39, 40, 62, 63, 64]:
            out.append(b ** e)
    for b in [2, 0, 5]:
        try:
            out.append(b ** -1)
        except ZeroDivisionError as ex:
            out.append(str(ex))
    return out


print(pow_edges())
