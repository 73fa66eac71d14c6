def sieve(n):
    flags = tuple(i >= 2 for i in range(n + 1))
    p = 2
    while p * p <= n:
        if flags[p]:
            flags = tuple(False if (i >= p * p and i % p == 0) else f for i, f in enumerate(flags))
        p += 1
    return [i for i, f in enumerate(flags) if f]
sieve(50)
len(sieve(1000))
sieve(1)
