# Sums of many ints split across cores: each block's values stay unboxed while they are ints
# that fit in 64 bits, and the total is added in a long while it fits, then exactly.
big = 2**62
print(sum(i for i in range(100000)))
print(sum(big + i for i in range(50000)))
print(sum((-1) ** i * big for i in range(40001)))
print(sum(i * i for i in range(100000)) + sum(-i for i in range(30000)))
print(sum((i if i % 7 else 0.5) for i in range(30000)))
print(sum((i if i != 20000 else 2**70) for i in range(40000)))
print(sum((i % 3 == 0) for i in range(30000)))
print(sum((i for i in range(30000)), 0.25), sum((i for i in range(30000)), 10**30))
print(sum(i // 3 for i in range(-50000, 50000)))
total = 0
for i in range(60000):
    total += i * 3 - 7
print(total)
