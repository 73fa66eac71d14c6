import math
from decimal import Decimal, getcontext, InvalidOperation, FloatOperation

D = Decimal
vals = [D('1'), D('1.0'), D('1.00'), D('-0'), D('0'), D('0.5'), D('2.5'), D('-3.75'), D('1E+2'), D('100'),
        D('0.1'), D('123456789012345678901234567890'), D('1E-10'), D('Infinity'), D('-Infinity')]
for v in vals:
    print(repr(v), hash(v), v == int(v) if v.is_finite() else None, v.is_finite() and hash(v) == hash(float(v)) if abs(v) < 10**20 else '-')
print(hash(D(1)) == hash(1), hash(D('1.000')) == hash(1), hash(D('0.5')) == hash(0.5), hash(D('-2.25')) == hash(-2.25),
      hash(D(10**30)) == hash(10**30), hash(D(-1)), hash(D('-1.0')), hash(D('0.1')) == hash(0.1))
d = {D('1.0'): 'one', 2: 'two', D('0.5'): 'half'}
print(d[1], d[D('2.00')], d[0.5], D('1') in {1, 2}, len({D('1'), D('1.0'), 1, 1.0, D('1.00')}))
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)

print(D('1.0') == D('1'), D('1.0') == 1, 1 == D('1.0'), D('0.5') == 0.5, 0.5 == D('0.5'), D('0.1') == 0.1, D('-0') == 0,
      D('1') != D('2'), D('2') != 2, D('nan') == D('nan'), D('nan') != D('nan'), D('1') == 'x', D(1) == None)
print(D('1.5') < 2, 2 > D('1.5'), D('1.5') <= D('1.50'), D('-1') < D('-0.5'), D('inf') > 10**100, D('-inf') < -10**100,
      D('0.1') < 0.1, D('0.1') > 0.1, D(3) >= 3.0, D('1E+2') > D('99.9999'), D('12345') < D('1.2346E+4'))
try:
    D(1) < 'x'
except TypeError as e:
    print('TypeError')
try:
    D('nan') < 1
except InvalidOperation as e:
    print('InvalidOperation', e)
print(sorted([D('3'), D('-1.5'), 2, D('0.25'), 1.75, D('-inf'), D('1E+1')]))
print(max(D('1.5'), D('2'), 1), min([D(5), D('4.99'), 5.5]), sorted([D('1.0'), D('1'), D('1.00')]))

for v in ['3.7', '-3.7', '3.5', '-3.5', '2.5', '0.0001', '-0.0001', '1E+5', '123456789.987654321', '-0', '99999999999999999999.5']:
    d = D(v)
    print(v, int(d), math.floor(d), math.ceil(d), math.trunc(d), round(d), float(d), bool(d), d.as_integer_ratio())
print(float(D('0.1')), float(D('1e400')), float(D('-1e-400')), float(D('nan')), float(D('-inf')), float(D('1.7976931348623157e308')))
print(float(D('3.141592653589793238462643383279')), float(D('2.2250738585072014e-308')), float(D('5e-324')), float(D('-0')))
try:
    float(D('snan'))
except ValueError as e:
    print('ValueError', e)
print(bool(D(0)), bool(D('0.000')), bool(D('-0')), bool(D('nan')), bool(D('1e-100')))
print(D(1).compare(2), D(2).compare(D('2.0')), D('-inf').compare(0))
print(D('12.0').compare_total(D('12')), D('12').compare_total(D('12.0')), D('-12').compare_total(D('-12.0')),
      D('nan').compare_total(D('inf')), D('-nan').compare_total(D('-inf')), D('snan').compare_total(D('nan')))
print(int(D('1E+30')), int(D('-12345678901234567890.99')), D(7).__trunc__())
print(D(2) ** 0.5 if False else 'skip', abs(D('-0.00')), -D('0.00'), D('-5').copy_abs())
print(D('3.14').as_integer_ratio(), D('-0.0625').as_integer_ratio(), D(10**5).as_integer_ratio(), D('1E+3').as_integer_ratio())
print(getcontext().flags[FloatOperation])
print(isinstance(D(1) == 1, bool), D(1).__eq__('a'))
print(hash(D('123.456')) == hash(D('123.4560')), hash(D('1E+400')) == hash(10**400), hash(D('1E-400')) == hash(D('1.0E-400')))
