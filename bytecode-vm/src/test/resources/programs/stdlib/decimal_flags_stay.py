# Decimal: flags raised earlier stay set and do not disturb later operations.
from decimal import Decimal, DivisionByZero, getcontext, localcontext, Inexact, Rounded, InvalidOperation
try:
    Decimal(1) / Decimal(0)
except DivisionByZero:
    pass
print(Decimal(10) ** -3, Decimal(2) ** 3, Decimal('1.1') ** 20, Decimal(3) ** Decimal('0.5'))
ctx = getcontext()
print(sorted(s.__name__ for s, v in ctx.flags.items() if v))
ctx.clear_flags()
print(Decimal(1) / Decimal(3), sorted(s.__name__ for s, v in ctx.flags.items() if v))
with localcontext() as lc:
    lc.prec = 5
    lc.traps[Inexact] = False
    print(Decimal(2).sqrt(), Decimal(7) ** -2, lc.flags[Inexact], lc.flags[Rounded])
try:
    Decimal(-1).sqrt()
except InvalidOperation as e:
    print("InvalidOperation", type(e).__name__)
print((Decimal('1.25') ** 2).quantize(Decimal('0.01')), Decimal('0.1') ** 3)
