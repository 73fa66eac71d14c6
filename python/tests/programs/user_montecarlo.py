import os
import fora
executor = fora.connect(os.environ["FORA_URL"])
import math

def lcg(seed):
    return (seed * 6364136223846793005 + 1442695040888963407) % 2**64

def estimate_pi(n, seed):
    inside = 0
    for _ in range(n):
        seed = lcg(seed); x = seed / 2**64
        seed = lcg(seed); y = seed / 2**64
        if x * x + y * y < 1.0:
            inside += 1
    return 4.0 * inside / n

def integrate(f, a, b, n):
    h = (b - a) / n
    return h * (0.5 * f(a) + sum(f(a + i * h) for i in range(1, n)) + 0.5 * f(b))

with executor.remotely.downloadAll():
    pis = [estimate_pi(20000, s) for s in range(1, 6)]
    area = integrate(math.sin, 0.0, math.pi, 100000)
    gauss = integrate(lambda x: math.exp(-x * x), -5.0, 5.0, 200000)
print(pis, repr(area), repr(gauss))
