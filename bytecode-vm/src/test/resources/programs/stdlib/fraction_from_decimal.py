# Fraction takes a Decimal exactly, as CPython's does.
from fractions import Fraction
from decimal import Decimal

print(Fraction(Decimal('1.25')), Fraction(Decimal('-0.1')), Fraction(Decimal('3')))
print(Fraction.from_decimal(Decimal('0.3')), Fraction.from_decimal(5))
print(Fraction(Decimal('2.5')) + Fraction(1, 2))
for bad in (Decimal('NaN'), Decimal('Infinity')):
    try:
        Fraction(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    Fraction.from_decimal(1.5)
except TypeError as e:
    print("TypeError:", e)
