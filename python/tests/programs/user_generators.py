import os
import fora
executor = fora.connect(os.environ["FORA_URL"])
import itertools

def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1

def take(n, it):
    return list(itertools.islice(it, n))

def naturals():
    k = 0
    while True:
        yield k
        k += 1

with executor.remotely.downloadAll():
    longest = max(range(1, 3000), key=lambda n: sum(1 for _ in collatz(n)))
    squares = take(10, (k * k for k in naturals() if k % 3 == 0))
    pairs = list(itertools.combinations(range(5), 2))
    acc = list(itertools.accumulate(range(10)))
print(longest, squares, pairs, acc)
