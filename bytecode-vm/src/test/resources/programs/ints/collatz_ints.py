def steps(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
[steps(n) for n in range(1, 16)]
steps(27)
steps(2 ** 60)
