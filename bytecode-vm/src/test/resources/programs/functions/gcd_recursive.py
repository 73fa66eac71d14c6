def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
def lcm(a, b):
    return a * b // gcd(a, b)
gcd(1071, 462)
lcm(4, 6)
[lcm(1, n) for n in range(1, 6)]
def lcm_all(v):
    r = 1
    for x in v:
        r = lcm(r, x)
    return r
lcm_all(range(1, 21))
