import os
import fora
executor = fora.connect(os.environ["FORA_URL"])

def mandel(w, h, maxit):
    rows = []
    for j in range(h):
        row = []
        for i in range(w):
            c = complex(-2.0 + 3.0 * i / w, -1.2 + 2.4 * j / h)
            z = 0j
            n = 0
            while abs(z) <= 2 and n < maxit:
                z = z * z + c
                n += 1
            row.append(n)
        rows.append(row)
    return rows

def newton_sqrt(a, tol=1e-12):
    x = a
    while abs(x * x - a) > tol * a:
        x = 0.5 * (x + a / x)
    return x

with executor.remotely.downloadAll():
    m = mandel(40, 20, 50)
    total = sum(map(sum, m))
    roots = [newton_sqrt(float(k)) for k in range(1, 10)]
    harmonic = sum(1.0 / k for k in range(1, 100001))
print(total, m[10][:10], roots, repr(harmonic))
