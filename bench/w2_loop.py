# W2 (accumulating-loop form): the primes below 2*10**6 by trial division, collected with append.
def isPrime(p):
    x = 2
    while x * x <= p:
        if p % x == 0:
            return False
        x = x + 1
    return True

primes = []
for x in range(2, 2 * 10**6):
    if isPrime(x):
        primes.append(x)
print(len(primes), primes[-1])
