import math
def is_prime(n):
    if n < 2:
        return False
    return all(n % d for d in range(2, math.isqrt(n) + 1))
[n for n in range(50) if is_prime(n)]
is_prime(2 ** 31 - 1)
sum(1 for n in range(10000) if is_prime(n))
