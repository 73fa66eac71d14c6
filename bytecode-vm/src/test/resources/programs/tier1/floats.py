# Float corner cases in compiled functions: signs of % and //, zero division, nan and inf, -0.0, repr.
import math

def ops(a, b):
    return a + b, a - b, a * b, a / b, a // b, a % b

for a, b in ((7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1e308, 10.0), (5.0, 3), (5, 2.0), (0.1, 0.2)):
    print(a, b, ops(a, b))

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return 'ZeroDivisionError: ' + str(e)

def div(a, b):
    return a / b

def fmod(a, b):
    return a % b

def ffloor(a, b):
    return a // b

for f in (div, fmod, ffloor):
    for b in (0.0, -0.0, 0):
        try:
            print(f.__name__, f(1.5, b))
        except ZeroDivisionError as e:
            print(f.__name__, 'ZeroDivisionError', e)

def specials(x):
    return x * 2, x - x, x > 0, x < 0, x == x, x != x, -x

for x in (float('inf'), float('-inf'), float('nan'), 0.0, -0.0, 5e-324, 1.7976931348623157e308):
    print(repr(x), specials(x))

def trig(x):
    return math.sin(x), math.cos(x), math.sqrt(abs(x)), math.exp(x / 100), math.atan(x), math.fabs(x)

for x in (0, 1, -1, 0.5, 100, 1e4, True):
    print(x, trig(x))

def domain(f, x):
    try:
        return f(x)
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ': ' + str(e)

def sqrt_of(x):
    return math.sqrt(x)

def sin_of(x):
    return math.sin(x)

def exp_of(x):
    return math.exp(x)

def int_of(x):
    return int(x)

for f, x in ((sqrt_of, -1.0), (sqrt_of, 4), (sin_of, float('inf')), (exp_of, 1000.0), (exp_of, 1.0),
             (int_of, float('nan')), (int_of, float('inf')), (int_of, 1e30), (int_of, -2.9), (int_of, 2.9)):
    print(f.__name__, x, domain(f, x))

def accumulate(n):
    t = 0.0
    for i in range(n):
        t = t + i / 7 - (i % 3) * 0.5
    return t
print(accumulate(1000), repr(accumulate(12345)))
