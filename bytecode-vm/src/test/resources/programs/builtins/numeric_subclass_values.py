# Instances of float and int subclasses (IntEnum members too) are read as their values by math,
# struct and Fraction, and have real, imag, numerator and denominator.
import math, struct
class F(float): pass
x = F(2.5)
for name, fn in [('math.floor', lambda: math.floor(x)), ('math.sqrt', lambda: math.sqrt(x)),
                 ('struct.pack', lambda: struct.pack('<d', x)), ('math.trunc(int subclass)', lambda: math.trunc(type('I', (int,), {})(3)))]:
    try:
        print(name, fn())
    except Exception as e:
        print(name, type(e).__name__, e)
from fractions import Fraction
class I(int): pass
class F(float): pass
for label, fn in [('I(5).real', lambda: I(5).real), ('I(5).numerator', lambda: I(5).numerator),
                  ('F(1.5).imag', lambda: F(1.5).imag), ('Fraction(I(3), I(4))', lambda: Fraction(I(3), I(4)))]:
    try:
        print(label, fn())
    except AttributeError as e:
        print(label, "AttributeError:", e)
