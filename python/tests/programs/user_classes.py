import os
import fora
executor = fora.connect(os.environ["FORA_URL"])

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __mul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
    def trace(self):
        return sum(self.rows[i][i] for i in range(len(self.rows)))
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)

def power(m, k):
    result = Matrix([[1 if i == j else 0 for j in range(len(m.rows))] for i in range(len(m.rows))])
    while k:
        if k & 1:
            result = result * m
        m = m * m
        k >>= 1
    return result

FIB = Matrix([[1, 1], [1, 0]])
with executor.remotely.downloadAll():
    f100 = power(FIB, 100).rows[0][1]
    m = Matrix([[i * 3 + j for j in range(3)] for i in range(3)])
    t = (m * m + m).trace()
    big = power(Matrix([[1.5, 0.5], [0.25, 1.0]]), 20)
print(f100, t, big)
