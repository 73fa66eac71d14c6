from fractions import Fraction as F
import math

F(3, 4), F(-6, 8), F(6, -8), F(5), F(0), F('3/4'), F(' -1.5e3 '), F('1_000'), F('.25'), F('7.'), F('2e-3')
F(0.1), F(1.5), F(-0.0), F(F(2, 3)), F(F(1, 2), F(3, 4)), F(True)
str(F(3, 4)), str(F(4, 2)), repr(F(4, 2))
F(1, 3) + F(1, 6), F(1, 3) - 1, 1 - F(1, 3), F(2, 3) * F(3, 4), F(2, 3) / F(4, 9), 3 / F(3, 4)
F(1, 3) + 0.5, 0.5 + F(1, 3), F(1, 3) * 2.0
F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(2, 3)), -F(7, 2) // 1, F(7, 2) % -1, 7 // F(2, 3), 5 % F(3, 2)
F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4, 9) ** F(1, 2), 2 ** F(3, 1), 2 ** F(1, 2), F(4) ** 0.5
-F(1, 2), +F(1, 2), abs(F(-3, 4))
int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2))
round(F(22, 7), 2), round(F(1234, 1), -2), float(F(1, 3)), float(F(10**400, 3 * 10**399))
F(1, 2) == 0.5, F(1, 2) == F(2, 4), F(2) == 2, F(1, 3) == 1 / 3, F(1, 2) != 0.5
F(1, 3) < F(1, 2), F(1, 3) < 0.3, F(1, 3) >= 0, 1 > F(1, 3), F(1, 2) < math.inf, F(1, 2) > math.nan
sorted([F(1, 2), 0.25, 1, F(-1, 3)])
hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7))
F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(100), F(3, 7).limit_denominator(10), F('3.14159').limit_denominator(100)
F(1, 3).as_integer_ratio(), F(5, 10).numerator, F(5, 10).denominator
F.from_float(0.75), F.from_float(3), bool(F(0)), bool(F(1, 9))
sum([F(1, n) for n in range(1, 11)])
{F(1, 2): 'half'}[0.5]
errs = []
for thunk in [lambda: F(1, 0), lambda: F('abc'), lambda: F('1/0'), lambda: F(1.5, 2), lambda: F(0) ** -1,
              lambda: F(1) / 0, lambda: F([1]), lambda: F(1, 2).limit_denominator(0), lambda: F('1 /2')]:
    try:
        thunk()
        errs.append('ok')
    except (ZeroDivisionError, ValueError, TypeError) as e:
        errs.append(type(e).__name__ + ': ' + str(e))
errs
