# W2 (parallel form): count primes below 2*10**6 by trial division, as a reduction.
def isPrime(p):
    x = 2
    while x * x <= p:
        if p % x == 0:
            return 0
        x = x + 1
    return 1

sum(isPrime(p) for p in range(2, 2 * 10**6))
