# del of a name unbinds it (pure: no value changes); later use raises as in CPython.
x = [1, 2, 3]
y = len(x)
del x
y
def f(a, b):
    c = a + b
    del a, b
    return c
f(2, 3)
def g():
    t = 1
    del t
    return t
def catch(fn):
    try:
        return fn()
    except Exception as e:
        return type(e).__name__, str(e)
catch(g)
def h(n):
    total = 0
    for i in range(n):
        sq = i * i
        total = total + sq
        del sq
    return total
h(10)
def k():
    v = 5
    w = lambda: v
    del v
    return w()
catch(k)
z = 1
del z
z
