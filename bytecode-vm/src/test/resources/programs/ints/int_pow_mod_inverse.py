p = 1000000007
inv = pow(3, -1, p)
inv
(inv * 3) % p
pow(10, 18, p)
pow(2, 2 ** 20, 97)
[pow(a, p - 1, p) for a in (2, 5, 123456)]
