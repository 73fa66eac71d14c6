def matmul(A, B):
    return [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mpow(M, k):
    R = identity(len(M))
    while k:
        if k & 1:
            R = matmul(R, M)
        M = matmul(M, M)
        k >>= 1
    return R
matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]])
mpow([[1, 1], [1, 0]], 10)
mpow([[1, 1], [1, 0]], 90)[0][1]
matmul([[1, 2, 3]], [[1], [2], [3]])
