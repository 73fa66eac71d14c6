def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
[n for n in range(60) if is_prime(n)]
is_prime(7919)
is_prime(1000003)
len([n for n in range(2, 2000) if is_prime(n)])
