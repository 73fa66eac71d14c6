from decimal import Decimal, getcontext, localcontext, InvalidOperation, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR, ROUND_CEILING

D = Decimal
for v in ['1.41421356', '-7.325', '2.675', '0.005', '123456.5', '1E+3', '0.000', '-0.0049', '999.9999']:
    d = D(v)
    print(v, d.quantize(D('0.01')), d.quantize(D('1')), d.quantize(D('1E+1')), d.quantize(D('0.001'), rounding=ROUND_DOWN),
          d.quantize(D('0.01'), ROUND_HALF_UP), d.quantize(D('1.000000')))
print(D('7.5').quantize(D('1')), D('8.5').quantize(D('1')), D('-8.5').quantize(D('1'), rounding=ROUND_CEILING))
try:
    D('1e20').quantize(D('0.00000001'))
except InvalidOperation as e:
    print('InvalidOperation', e)
print(D('inf').quantize(D('inf')), D(1).quantize(D('1E-5')))

for v in ['2.5', '3.5', '-2.5', '2.675', '0.125', '-0.375', '1234.5678', '1E+2', '9.99']:
    d = D(v)
    print(v, round(d), round(d, 1), round(d, 2), round(d, 0), round(d, -1), repr(round(d, 2)), type(round(d)).__name__)
try:
    round(D('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    round(D('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(D('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(D('nan'))
except ValueError as e:
    print('ValueError', e)

specs = ['', '.2f', '.0f', '10.3f', '<10.2f', '^10.2f', '=+10.2f', '*>12,.2f', ',', ',.2f', '+,.3f', ' .2f',
         '010.2f', '012,.1f', 'e', '.3e', 'E', '.2E', 'g', '.3g', '.10g', 'G', '%', '.1%', '.0%', '+.2%', 'z.2f', '-.1f', '.5', 'n', '.3n', '08,']
vals = ['0', '-0', '1234.5678', '-1234.5678', '0.000012345', '1E+10', '123456789', '-0.004', '1.5', '2.5', 'Infinity', '-Infinity', 'NaN', '0.1E-7', '9.9999']
for v in vals:
    d = D(v)
    print(v, ' | '.join(format(d, s) for s in specs))
x = D('1234.5')
print(f'{x}', f'{x:.1f}', f'{x:>12,.2f}', f'{x:e}', f'[{x:^15}]', '{:.3%}'.format(D('0.12345')), '%s' % x, '%r' % x)
with localcontext(rounding=ROUND_DOWN):
    print(format(D('2.789'), '.2f'), format(D('-2.789'), '.1f'), format(D('9.999'), '.2e'))
with localcontext(capitals=0):
    print(format(D('1E+10'), ''), format(D('123456789'), '.3'), str(D('1E+10')))
print(format(D('0.00'), '.2e'), format(D('0E+5'), '.1f'), format(D('0E+5'), 'e'), format(D('-0.0001'), '.2f'))
for bad in ['#.2f', '.2x', ',_', 'abc', '10.f']:
    try:
        format(D(1), bad)
        print('accepted', bad)
    except ValueError as e:
        print('ValueError', bad)
print(D('1.23456789E+5').to_integral_value(), D('123.456').to_integral_value(ROUND_UP), D('-123.456').to_integral_exact(ROUND_FLOOR))
print(D('1.5').__floor__(), D('-1.5').__ceil__())
