# *args and **kwargs calls and displays with * and ** inside compiled functions.
def f(a, b=2, *rest, c=3, **kw):
    return (a, b, rest, c, sorted(kw.items()))

def g(x, y):
    return x - y

def calls(n):
    out = []
    for i in range(n):
        args = (i, i + 1)
        kws = {'c': i * 10, 'z': 'zed'}
        out.append(f(*args, **kws))
        out.append(f(*args, 7, 8))
        out.append(g(*args))
        out.append(g(**{'y': 1, 'x': i}))
        out.append([*args, *'ab', i])
        out.append({*args, 0})
        out.append({**kws, 'n': i, **{'c': -1}})
        out.append((*args, *range(2)))
    return out

def bad():
    res = []
    for args, kws in (((1,), {'x': 2}), ((), {1: 2}), ((1, 2, 3), {}), (5, {})):
        try:
            res.append(g(*args, **kws))
        except TypeError as e:
            res.append('TypeError: ' + str(e))
    return res

for r in range(3):
    print(calls(3))
    print(bad())
