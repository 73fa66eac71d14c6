from decimal import Decimal, getcontext, InvalidOperation, DecimalTuple
import decimal

vals = ['0', '-0', '1', '-1', '1.0', '1.00', '123.456', '-0.000001', '0.0000001',
        '1E+2', '1e-7', '12345678901234567890123456789012345', '  42  ', '+7',
        '1_000_000', '1.5e+10', '-1.5E-10', '.5', '5.', 'Inf', '-Infinity',
        'nan', 'NaN123', '-sNaN', 'sNaN45', '0E-10', '0E+10', '123E+3', '1.23E-2',
        '100', '1000E-3', '-12.3400', '9.999999999999999999999999999999']
for v in vals:
    d = Decimal(v)
    print(repr(v), '->', str(d), repr(d), d.to_eng_string(), d.as_tuple())

bad = ['_', '1__0', 'abc', '1.2.3', '', '1e', '--1', 'e5', 'Infinit', 'nan1x', '1 2']
for v in bad:
    try:
        Decimal(v)
        print('accepted', repr(v))
    except InvalidOperation as e:
        print('rejected', repr(v), type(e).__name__, e)

for i in [0, 7, -7, 10**30, -(10**40), True]:
    print(i, repr(Decimal(i)))

for f in [0.1, 0.5, -2.75, 1e20, 1e-5, 0.0, -0.0, float('inf'), float('-inf'), 3.141592653589793, 2.0**70]:
    print(repr(f), repr(Decimal(f)), repr(Decimal.from_float(f)))
print(repr(Decimal(float('nan'))))

print(repr(Decimal((0, (1, 4, 1), -2))), repr(Decimal((1, (0,), 0))), repr(Decimal((0, (), 'F'))),
      repr(Decimal((1, (1, 2), 'n'))), repr(Decimal((0, (4, 2), 3))), repr(Decimal([1, [5], -1])))
for t in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 'x')]:
    try:
        Decimal(t)
    except ValueError as e:
        print('ValueError', e)
try:
    Decimal(object())
except TypeError as e:
    print('TypeError', e)

d = Decimal('123.4500')
print(d.adjusted(), Decimal('0.001').adjusted(), Decimal('1E+5').adjusted(), d.as_tuple().exponent,
      d.as_tuple().digits, d.as_tuple().sign)
t = Decimal('-3.14').as_tuple()
print(t, isinstance(t, tuple), t == (1, (3, 1, 4), -2), list(t))
s, dg, e = t
print(s, dg, e)
print(Decimal(Decimal('5.50')), Decimal('5.50').normalize(), Decimal('0.000').normalize(),
      Decimal('-1200').normalize(), Decimal('1E+3').normalize())
print(Decimal('1.2345678901234567890123456789012').normalize())

eng = ['1E+1', '1E+2', '1E+3', '1E+4', '12E+5', '123E+6', '1E-1', '1E-7', '1E-8', '123E-9',
       '0E+1', '0E+2', '0E+3', '0E-7', '0E-8', '-5E+4', '0.000001234']
print([Decimal(x).to_eng_string() for x in eng])
print([str(Decimal(x)) for x in eng])

getcontext().capitals = 0
print(Decimal('1E+10'), repr(Decimal('-2.5e-9')))
getcontext().capitals = 1
print(Decimal('1e+10'))

big = Decimal('1' + '0' * 5000 + '1')
s = str(big)
print(len(s), s[:5], s[-5:], big.adjusted())
big2 = Decimal(7) ** 6000 if False else Decimal(2 ** 20000)
s2 = str(big2)
print(len(s2), s2[:20], s2[-20:])
print(big.is_finite(), Decimal('inf').is_infinite(), Decimal('nan').is_nan(), Decimal('snan').is_snan(),
      Decimal('nan').is_qnan(), Decimal('-0').is_signed(), Decimal('-0').is_zero(), Decimal(3).is_zero())
for x in ['0', '-0', '1', '-1', 'inf', '-inf', 'nan', 'snan', '1E-999999', '1E-1000000']:
    print(x, Decimal(x).number_class(), Decimal(x).is_normal(), Decimal(x).is_subnormal())
print(Decimal.__name__, type(Decimal('1')).__name__, isinstance(Decimal(1), Decimal))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
class MyDec(Decimal):
    pass
m = MyDec('1.5')
print(type(m).__name__, m, repr(m + 1), type(MyDec.from_float(0.25)).__name__, MyDec.from_float(0.25))
print(Decimal(5).real, Decimal(5).imag, Decimal(5).conjugate(), Decimal(2).radix())
print(Decimal('1.30').copy_abs(), Decimal('1.30').copy_negate(), Decimal('1.30').copy_sign(Decimal(-2)),
      Decimal('-0').copy_abs(), Decimal('inf').copy_negate())
