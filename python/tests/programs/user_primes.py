import os
import fora
executor = fora.connect(os.environ["FORA_URL"])

def isPrime(p):
    if p < 2:
        return 0
    x = 2
    while x * x <= p:
        if p % x == 0:
            return 0
        x = x + 1
    return 1

def sieve(n):
    flags = [True] * n
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            for j in range(i * i, n, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]

with executor.remotely.downloadAll():
    n = sum(isPrime(x) for x in range(10**5))
    ps = sieve(10**5)
    twins = sum(1 for a, b in zip(ps, ps[1:]) if b - a == 2)
print(n, len(ps), ps[-3:], twins)
