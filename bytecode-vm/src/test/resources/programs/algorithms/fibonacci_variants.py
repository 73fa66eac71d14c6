def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_fast(n):
    if n == 0:
        return (0, 1)
    a, b = fib_fast(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
[fib_iter(n) for n in range(12)]
fib_iter(100)
fib_fast(100)[0]
fib_fast(300)[0] == fib_iter(300)
