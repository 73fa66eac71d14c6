# Count the primes below 10**6 by trial division: prints 78498.
def isPrime(p):
    if p < 2:
        return False
    x = 2
    while x * x <= p:
        if p % x == 0:
            return False
        x = x + 1
    return True

sum(1 for n in range(10**6) if isPrime(n))
