def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
[next(g) for _ in range(15)]
next(x for x in fib() if x > 1000)
next(x for x in fib() if x > 10 ** 20)
