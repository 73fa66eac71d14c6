# A 40x40 integer matrix product written with nested comprehensions and sum, ten times.
def matmul(a, b):
    n, m, p = len(a), len(b[0]), len(b)
    return [[sum(a[i][k] * b[k][j] for k in range(p)) for j in range(m)] for i in range(n)]


size = 40
a = [[i + j for j in range(size)] for i in range(size)]
b = [[i * j for j in range(size)] for i in range(size)]
for _ in range(10):
    last = matmul(a, b)
print(last[5][7], sum(map(sum, last)))
