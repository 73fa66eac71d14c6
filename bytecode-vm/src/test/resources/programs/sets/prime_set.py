primes = {p for p in range(2, 60) if all(p % d for d in range(2, p))}
primes
31 in primes
sorted(primes)[-3:]
len(primes)
