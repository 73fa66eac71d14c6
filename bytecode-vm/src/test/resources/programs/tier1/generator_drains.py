# Reductions over generator expressions, whose bodies run compiled: overflow, exceptions and type
# changes part-way through a block, filters, list sources, and generators that are not drained whole.
import math

N = 300000
print(sum(math.sin(i) for i in range(N)))
print(sum(i * i for i in range(N)))
print(sum(i * 2**40 for i in range(N)))
print(sum(i ** 3 * 10**6 for i in range(N)))
print(sum(x * 0.5 for x in range(-N, N, 7)))
print(sum(i for i in range(N) if i % 3 == 0))
print(sum(1.5 if i % 1000 else 2 for i in range(N)))
print(sum(i if i != 123456 else 0.25 for i in range(N)))
print(max(math.cos(i) for i in range(N)), min(i % 977 for i in range(1, N)))
print(any(i > N - 2 for i in range(N)), all(i >= 0 for i in range(N)))
values = [i * 0.001 for i in range(N)]
print(sum(v * v for v in values))
print(sum(math.sqrt(i) for i in range(N)))

def scaled(k):
    return sum(i * k for i in range(N))

print(scaled(3), scaled(2.5), scaled(2**50))

try:
    print(sum(1 // (i - 200000) for i in range(N)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

try:
    print(sum(math.sqrt(150000 - i) for i in range(N)))
except ValueError as e:
    print('ValueError', e)

g = (i * i for i in range(10))
print(next(g), next(g), sum(g))
print(list(i + 0.5 for i in range(5)), sorted((i % 7 for i in range(20)), reverse=True)[:5])
print(sum(sum(j for j in range(i)) for i in range(2000)))
