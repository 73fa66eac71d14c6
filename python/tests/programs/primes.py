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


with executor.remotely.downloadAll():
    n = sum(isPrime(x) for x in range(10 ** 5))
    first = [x for x in range(50) if isPrime(x)]
    print("counted", n)

print(n, first)
