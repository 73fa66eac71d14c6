# Generator expressions inside functions read the function's variables (cells): compiled drains
# check each read, so a cell that changes type, or is rebound part-way, gives CPython's answers.
import math

def scaled(k, n):
    return sum(i * k for i in range(n))

def waves(a, b, n):
    return sum(math.sin(i * a) * b for i in range(n))

print(scaled(3, 200000), scaled(2.5, 200000), scaled(2**60, 200000), scaled(True, 10))
print(waves(0.5, 2, 200000), waves(1, 0.25, 200000))

def changing(n):
    k = 1
    def bump(i):
        nonlocal k
        if i == 150000:
            k = 2.5
        return i
    return sum(bump(i) * k for i in range(n))

print(changing(300000))

def late(n):
    total = sum(i * step for i in range(n)) if n < 0 else 0
    step = 3
    return total, sum(i * step for i in range(n))

print(late(100000))

def over(limit):
    big = 2**62
    return sum(big + i for i in range(limit))

print(over(5), over(200000))

def strs(n):
    sep = '-'
    return sum(len(sep + str(i)) for i in range(n))

print(strs(100000))
