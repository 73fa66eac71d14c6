# Operands that mix int, float and bool, and variables whose type changes: same answers as CPython.
def combine(a, b):
    return a + b, a - b, a * b, a < b, a <= b, a == b, a != b, a > b, a >= b

values = (True, False, 0, 1, -3, 2**53 + 1, 2.5, -0.0, float(2**53))
for a in values:
    print([combine(a, b) for b in values[:4]])

def exact_compare(n):
    return n == float(n), n < float(n), n > float(n), float(n) == n

for n in (2**53, 2**53 + 1, 2**60 + 1, -(2**53) - 1, 7):
    print(n, exact_compare(n))

def bools(a, b):
    return a & b, a | b, a ^ b, a + b, -a, ~a, +a, not a

print(bools(True, False), bools(True, True), bools(False, False))

def changes(n):
    x = 0
    for i in range(n):
        if i == 3:
            x = x + 0.5
        else:
            x = x + 1
    return x, type(x).__name__

print(changes(2), changes(5), changes(10))

def poly(x):
    return x * x + 2 * x + 1

print(poly(3), poly(2.5), poly(True), poly(10**20), poly(-1))
print([poly(i) for i in range(5)], poly('ab' if False else 4))

def divs(a, b):
    return a / b, a // b, a % b

for a, b in ((7, 2), (-7, 2), (7, -2), (2**62, 3), (10**18, 7), (1, 3), (True, 2)):
    print(a, b, divs(a, b))

def strs(s, n):
    out = ''
    for i in range(n):
        out = out + s
    return out

print(strs('ab', 3), strs('', 5), len(strs('xyz', 100)))
