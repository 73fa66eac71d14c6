# Compiled calls that leave trailing arguments to their defaults: direct calls, calls from the
# interpreter, and calls through linked call sites (a function passed as a value).
def f(x, k=3, s=0.5, flag=True, tag='t'):
    t = 0
    for i in range(x):
        t += i * k
    return t * s if flag else (t, tag)
def g(n):
    total = 0.0
    for i in range(n):
        total += f(i % 7) + f(i % 5, 2) + f(3, 1, 1.0, False)[0]
    return total
print(f(10), f(10, 2), f(10, 2, 2), f(10, 1, 1, False), g(1000))
h = lambda x, y=10: x * y
print(sum(h(i) for i in range(100000)), sum(map(h, range(1000))))
def apply(fn, n):
    return sum(fn(i) for i in range(n))
print(apply(h, 1000), apply(f, 300))
