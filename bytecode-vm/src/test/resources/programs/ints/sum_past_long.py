# Sums of ints that pass 2**63 (and come back), split across cores or not: exact, as CPython's.
big = 2**62
print(sum(big + i for i in range(100)))
print(sum(i * i * i * i for i in range(200000)))
print(sum(i * i for i in range(3000000)))
print(sum(x for x in [2**63 - 1, 1, -5, True]))
print(sum(-(2**62) for i in range(10)))
print(sum(i for i in [2**63 - 1] * 3 + [-(2**64)]))
print(sum(v for v in [2**63 - 1, 2**63 - 1, 0.5]))
print(sum(v for v in [2**63, 1]))
print(sum(m for m in [2**62, 2**62, 2**62, True, 10**20, -3]))
print(sum(i * 2**60 for i in range(-1000, 1000)))
print(sum(i * 2**61 for i in range(50000)) - sum(i * 2**61 for i in range(49999)))
print(sum((i - 100000) * 2**58 for i in range(200001)))
print(sum([2**63 - 1] * 5, 10))
print(sum((2**63 - 1 for _ in range(5)), -(2**63)))
total = 0
for i in range(100000):
    total += i ** 3
print(total)


def squares(n):
    return sum(k * k * k for k in range(n))


print([squares(n) for n in (0, 1, 10, 100000)])
