import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext, DefaultContext,
                     BasicContext, ExtendedContext, InvalidOperation, DivisionByZero, Overflow,
                     Underflow, Inexact, Rounded, Subnormal, Clamped, FloatOperation,
                     DecimalException, ConversionSyntax, DivisionImpossible, DivisionUndefined,
                     ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_CEILING)

def flags(ctx):
    return [s.__name__ for s in (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
                                 Underflow, Subnormal, Inexact, Rounded, Clamped) if ctx.flags[s]]

ctx = getcontext()
print(ctx)
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp, ctx.Etiny(), ctx.Etop())
print(BasicContext)
print(ExtendedContext)
print(Context())
print(Context(prec=10, rounding=ROUND_DOWN, traps=[Inexact], flags=[Rounded]))
try:
    Context(traps={InvalidOperation: False})
except KeyError as e:
    print('KeyError', e)
full = dict((s, False) for s in (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact, Rounded, Clamped))
full[Overflow] = True
print(Context(traps=full))

x = Decimal(1) / Decimal(3)
print(x, flags(ctx))
ctx.clear_flags()
print(Decimal(4) / Decimal(2), flags(ctx))
print(repr(Decimal('1.5') + Decimal('2.5')), flags(ctx))
ctx.clear_flags()

# exceptions
tests = [
    ('1/0', lambda: Decimal(1) / Decimal(0)),
    ('0/0', lambda: Decimal(0) / Decimal(0)),
    ('bad str', lambda: Decimal('1.2.3')),
    ('sqrt(-1)', lambda: Decimal(-1).sqrt()),
    ('inf-inf', lambda: Decimal('Infinity') - Decimal('Infinity')),
    ('overflow', lambda: Decimal('9e999999') * 10),
    ('divint impossible', lambda: Decimal(10) ** 40 // Decimal('0.001')),
    ('nan cmp', lambda: Decimal('NaN') < 1),
    ('snan eq', lambda: Decimal('sNaN') == 1),
    ('quantize too big', lambda: Decimal('123456789').quantize(Decimal('0.0000000000000000000001'))),
    ('x % 0', lambda: Decimal(5) % 0),
    ('ln(-1)', lambda: Decimal(-1).ln()),
    ('0**0', lambda: Decimal(0) ** 0),
    ('(-8)**(1/3)', lambda: Decimal(-8) ** Decimal('0.333')),
]
for name, f in tests:
    try:
        r = f()
        print(name, 'ok', repr(r))
    except DecimalException as e:
        print(name, type(e).__name__, e, isinstance(e, ArithmeticError))
    ctx.clear_flags()

try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__)
try:
    Decimal(0) / 0
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError:', type(e).__name__)
except InvalidOperation as e:
    print('caught as InvalidOperation:', type(e).__name__)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal),
      issubclass(FloatOperation, TypeError), issubclass(ConversionSyntax, InvalidOperation), issubclass(DivisionImpossible, InvalidOperation))

# untrapped: results instead of exceptions
ctx.traps[DivisionByZero] = False
ctx.traps[InvalidOperation] = False
ctx.traps[Overflow] = False
print(Decimal(1) / 0, Decimal(-1) / 0, Decimal(0) / 0, Decimal('abc'), Decimal(-4).sqrt(), Decimal('9e999999') * 10, flags(ctx))
print(Decimal('NaN') < 1, Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, flags(ctx))
print(ctx)
ctx.clear_flags()
ctx.traps[DivisionByZero] = True
ctx.traps[InvalidOperation] = True
ctx.traps[Overflow] = True

# trap Inexact
ctx.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('Inexact trapped', type(e).__name__, e)
print(Decimal(1) / 4)
ctx.traps[Inexact] = False
ctx.clear_flags()

# float operation
print(Decimal(0.5), flags(ctx))
ctx.clear_flags()
print(Decimal('0.5') == 0.5, Decimal('0.1') == 0.1, Decimal('0.5') < 0.75, flags(ctx))
ctx.traps[FloatOperation] = True
try:
    Decimal(0.1)
except FloatOperation as e:
    print('FloatOperation', e)
try:
    Decimal(1) < 2.5
except FloatOperation as e:
    print('FloatOperation cmp', e)
print(Decimal(2) == 2.0, Decimal.from_float(0.25))
ctx.traps[FloatOperation] = False
ctx.clear_flags()
try:
    Decimal(1) + 1.5
except TypeError as e:
    print('TypeError', e)

# localcontext
with localcontext() as lc:
    lc.prec = 5
    print(Decimal(1) / 7, getcontext().prec, lc is getcontext())
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_DOWN) as lc:
    print(Decimal(2) / 3, lc.rounding)
with localcontext(Context(prec=4)) as lc:
    print(Decimal(1) / 3, lc.prec)
    with localcontext(rounding=ROUND_CEILING):
        print(Decimal(1) / 3, getcontext().prec)
    print(Decimal(-1) / 3)
try:
    with localcontext(prec=2):
        print(Decimal(10) / 3)
        raise ValueError('boom')
except ValueError as e:
    print('exc', e, getcontext().prec)
try:
    localcontext(foo=1)
except TypeError as e:
    print('TypeError localcontext')

# setcontext
old = getcontext()
setcontext(Context(prec=6, rounding=ROUND_HALF_UP))
print(Decimal(2) / 3, getcontext().prec)
setcontext(ExtendedContext)
print(Decimal(1) / 0, Decimal(0) / 0, getcontext() is ExtendedContext, getcontext().prec)
setcontext(BasicContext)
try:
    Decimal(1) / 0
except DivisionByZero:
    print('Basic traps DivisionByZero')
setcontext(old)
print(getcontext().prec)

# validation
for attr, val in [('prec', 0), ('prec', 'x'), ('rounding', 'BAD'), ('Emax', -1), ('Emin', 1), ('capitals', 2), ('clamp', 5)]:
    c = Context()
    try:
        setattr(c, attr, val)
        print(attr, 'accepted')
    except (ValueError, TypeError) as e:
        print(attr, type(e).__name__)

# context methods
c = Context(prec=6, rounding=ROUND_HALF_EVEN)
print(c.add(1, 2), c.subtract(Decimal('1.5'), 3), c.multiply(Decimal('1.23456789'), 2), c.divide(1, 7),
      c.divide_int(17, 5), c.remainder(17, 5), c.divmod(17, 5), c.power(2, 20), c.sqrt(2), c.abs(-3),
      c.minus(4), c.plus(Decimal('1.23456789')), c.compare(1, 2), c.max(1, 2), c.min(1, 2),
      c.quantize(Decimal('1.2345'), Decimal('0.01')), c.create_decimal('3.14159265'), c.to_sci_string(Decimal('1E+3')),
      c.exp(1), c.ln(10), c.log10(1000), c.fma(2, 3, 4), c.is_zero(0), c.copy_sign(1, -2), c.normalize(Decimal('1.00')))
print(flags(c))
c2 = c.copy()
c2.prec = 3
print(c.prec, c2.prec, c2.flags[Inexact])
c.clear_traps()
print(c)
print(c.create_decimal('1.23456789E+10'), c.create_decimal(Decimal('9.87654321')), c.create_decimal_from_float(0.1))

# subnormal / underflow / clamp
c = Context(prec=3, Emin=-5, Emax=5, traps=[])
print(c.multiply(Decimal('1E-5'), Decimal('0.1')), flags(c))
c.clear_flags()
print(c.multiply(Decimal('1.23E-5'), Decimal('0.01')), flags(c))
c.clear_flags()
print(c.multiply(Decimal('1E-5'), Decimal('1E-5')), flags(c))
c.clear_flags()
print(c.multiply(Decimal('999'), Decimal('1000')), flags(c))
c.clear_flags()
print(c.add(Decimal('9.99E+5'), Decimal('1E+4')), flags(c))
c.clear_flags()
c.rounding = ROUND_DOWN
print(c.add(Decimal('9.99E+5'), Decimal('1E+4')), flags(c))
c.clear_flags()
c.clamp = 1
print(c.create_decimal('1E+5'), c.create_decimal('0E+10'), flags(c))
print(decimal.DecimalException.__bases__[0].__name__)
