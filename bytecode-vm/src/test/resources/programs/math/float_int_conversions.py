import math
math.trunc(-0.9)
math.floor(-0.0)
math.ceil(-0.1)
int(math.sqrt(2) * 10 ** 6)
math.isqrt(99), math.sqrt(99)
math.gcd(2 ** 64, 2 ** 40 * 3)
