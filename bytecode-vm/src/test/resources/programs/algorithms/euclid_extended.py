def egcd(a, b):
    if b == 0:
        return (a, 1, 0)
    g, x, y = egcd(b, a % b)
    return (g, y, x - (a // b) * y)
egcd(240, 46)
g, x, y = egcd(99, 78)
(g, 99 * x + 78 * y)
def modinv(a, m):
    g, x, _ = egcd(a, m)
    return x % m if g == 1 else None
modinv(3, 11)
modinv(6, 9)
