import os
import fora
executor = fora.connect(os.environ["FORA_URL"])

def make_counter(step):
    count = [0]
    def inc():
        count[0] += step
        return count[0]
    return inc

def compose(*fs):
    def h(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return h

def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib

OFFSET = 7
def shift(x):
    return x + OFFSET

with executor.remotely.downloadAll():
    c = make_counter(3)
    counts = [c() for _ in range(5)]
    h = compose(shift, lambda x: x * 2, abs)
    hs = [h(v) for v in range(-3, 4)]
    fib = memo_fib()
    f = fib(90)
    nested = [[(lambda k=k: k * i)() for k in range(3)] for i in range(3)]
print(counts, hs, f, nested)
