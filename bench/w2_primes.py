# W2: count primes below 2*10**6 with trial division.
def isPrime(p):
    x = 2
    while x * x <= p:
        if p % x == 0:
            return 0
        x = x + 1
    return 1

def count(n):
    c = 0
    p = 2
    while p < n:
        c = c + isPrime(p)
        p = p + 1
    return c

count(2 * 10**6)
