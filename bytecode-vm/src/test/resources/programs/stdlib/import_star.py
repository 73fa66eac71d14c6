# from m import *: the module's __all__ (or its public names) become globals.
from math import *
from collections import *
print(sqrt(16), floor(2.7), pi, Counter('abca').most_common(1), deque([1, 2]).pop())

def use():
    return gcd(12, 18), isclose(0.1 + 0.2, 0.3)

print(use())
