# Loops whose body raises and handles an exception now and then: once tier 0 has run the
# handler, the loop goes on in compiled code again (a loop unit for the values at its header).
def count(words):
    d = {}
    for w in words:
        try:
            d[w] += 1
        except KeyError:
            d[w] = 1
    return d

def parse(items):
    total = 0
    bad = []
    for s in items:
        try:
            total += int(s)
        except ValueError as e:
            bad.append(str(e))
    return total, len(bad), bad[:2]

def becomes_float(n):
    total = 0
    for i in range(n):
        try:
            if i % 97 == 0:
                raise ArithmeticError(i)
            total += i
        except ArithmeticError as e:
            total += 0.5 + e.args[0]
    return total

def deep(x):
    if x % 31 == 0:
        raise LookupError("no %d" % x)
    return x * 2

def through_calls(n):
    seen = 0
    missing = 0
    for i in range(n):
        try:
            seen += deep(i)
        except LookupError:
            missing += 1
            continue
        if i == n - 5:
            break
    else:
        return "no break"
    return seen, missing, i

def every_time(n):
    out = 0
    i = 0
    while i < n:
        try:
            out += {}[i]
        except KeyError:
            out -= 1
        i += 1
    return out

def pairs(n):
    d = {}
    for k, v in [(i % 13, i) for i in range(n)]:
        try:
            d[k].append(v)
        except KeyError:
            d[k] = [v]
    return sorted((k, len(v), v[-1]) for k, v in d.items())

def nested(n):
    t = 0
    for i in range(n):
        for j in range(20):
            try:
                t += 100 // (j - i % 20)
            except ZeroDivisionError:
                t -= 7
    return t

def gen_items(n):
    for i in range(n):
        yield i if i % 50 else "x%d" % i

def from_generator(n):
    good = 0
    odd = []
    for v in gen_items(n):
        try:
            good += v + 1
        except TypeError:
            odd.append(v)
    return good, len(odd), odd[-1]

def unhandled(n):
    t = 0
    for i in range(n):
        try:
            t += [1, 2, 3][i % 5]
        except IndexError:
            if i > 4000:
                raise ValueError("stop at %d with %d" % (i, t))
            t -= 1
    return t

words = [str(i % 300) for i in range(30000)]
d = count(words)
print(len(d), d["7"], d["299"])
print(parse([str(i) if i % 37 else "x%d" % i for i in range(20000)]))
print(becomes_float(5000))
print(through_calls(3000))
print(every_time(3000))
print(pairs(4000)[:3])
print(nested(300))
print(from_generator(5000))
try:
    unhandled(10000)
except ValueError as e:
    print("ValueError", e)
