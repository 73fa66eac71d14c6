# Code that tier 1 runs compiled: dict, set and slice displays, f-strings, tuple unpacking,
# calls with keyword arguments and del x[k], with their errors raised where CPython raises them.
def shapes(n):
    d = {'n': n, 'sq': n * n, (n, 1): [n]}
    s = {n, n + 1, 'x'}
    c = {1, 2, 3}
    part = [0, 1, 2, 3, 4, 5][n:n + 3:1]
    return d, sorted(s, key=str), c, part

def text(x, y):
    return f'{x}-{y!r}:{x:>5}|{y!s:^7}|{x * 2}|{x!a}'

def swap(pairs):
    out = []
    for a, b in pairs:
        a, b = b, a
        first, (second, third) = a, (b, a)
        out.append((a, b, first, second, third))
    return out

def kw(a, b=2, *, c=3):
    return a * 100 + b * 10 + c

def calls(n):
    total = 0
    for i in range(n):
        total += kw(i, c=1) + kw(a=i, b=1) + int('10', base=2)
        total += sorted([3, 1, 2], reverse=True)[0]
    return total

def deleting(n):
    d = {i: i * i for i in range(n)}
    for i in range(0, n, 2):
        del d[i]
    xs = list(range(n))
    del xs[1:3]
    del xs[0]
    return d, xs

def errors():
    out = []
    for bad in ({'a': 1}, [1, 2, 3], 7):
        try:
            x, y = bad
            out.append((x, y))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ': ' + str(e))
    try:
        d = {[1]: 2}
    except TypeError as e:
        out.append(str(e))
    try:
        del {}['k']
    except KeyError as e:
        out.append(repr(e))
    try:
        kw(1, d=4)
    except TypeError as e:
        out.append(str(e))
    return out

for i in range(3):
    print(shapes(i))
    print(text(i + 0.5, 'q' * i), text('é', None))
    print(swap([(i, i + 1), ('a', 'b')]))
    print(calls(50 + i), deleting(6 + i))
    print(errors())
