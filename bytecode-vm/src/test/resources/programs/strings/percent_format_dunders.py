# %-formatting takes what has __float__, __index__ or __int__, as CPython's does.
from decimal import Decimal
from fractions import Fraction


class Num:
    def __float__(self):
        return 2.5

    def __index__(self):
        return 7


class OnlyInt:
    def __int__(self):
        return 42


class OnlyFloat:
    def __float__(self):
        return 0.25


print('%.3f' % Decimal('2.71828'), '%d' % Decimal('12.9'), '%g' % Decimal('1e-5'))
print('%.2f' % Fraction(1, 3), '%d' % Fraction(7, 2), '%e' % Fraction(1, 8))
for spec in ('%x', '%o', '%d', '%i', '%g', '%5.1f', '%X', '%u'):
    print(spec, spec % Num())
print('%d' % OnlyInt(), '%.1f' % OnlyFloat())
for spec, v in (('%x', OnlyInt()), ('%d', OnlyFloat()), ('%f', OnlyInt()), ('%x', 2.5), ('%d', "3"), ('%f', "x")):
    try:
        print(spec % v)
    except TypeError as e:
        print("TypeError:", e)


class BadInt:
    def __int__(self):
        return "seven"


try:
    print('%d' % BadInt())
except TypeError as e:
    print("TypeError:", e)
