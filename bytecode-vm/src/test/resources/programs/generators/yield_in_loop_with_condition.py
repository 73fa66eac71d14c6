def primes():
    found = ()
    n = 2
    while True:
        if all(n % p for p in found):
            found = found + (n,)
            yield n
        n += 1
g = primes()
[next(g) for _ in range(20)]
next(p for p in primes() if p > 500)
