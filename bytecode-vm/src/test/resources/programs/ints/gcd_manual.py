def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
gcd(48, 18)
gcd(17, 5)
gcd(2 ** 40, 6 ** 20)
gcd(0, 9)
[gcd(12, k) for k in range(1, 13)]
