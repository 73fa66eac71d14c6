from decimal import (Decimal, Context, getcontext, ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

D = Decimal
a, b = D('1.23456789'), D('-9.87654321')
print(a + b, a - b, a * b, a / b, b // a, b % a, divmod(b, a), -a, +b, abs(b))
print(D(1) / D(3), D(2) / D(3), D(1) / D(7) * 7, D(10) / D(4), D('1.00') / D('0.25'), D(100) / D('0.1'))
print(D(5) + 3, 3 + D(5), D(5) - 10, 10 - D(5), D(5) * -2, -2 * D(5), D(7) / 2, 7 / D(2), 7 // D(2), 7 % D(2))
print(D(-7) // 2, D(-7) % 2, D(7) // -2, D(7) % -2, divmod(D(-7), D(2)), divmod(-7, D(2)), D(-1) // 3)
print(D('0.1') + D('0.2') == D('0.3'), D('0.1') + D('0.2'), D('1.10') + D('2.205'), D('1.30') * D('1.20'))
print(D('1E+5') + D('1E-5'), D('1E+30') + D('1'), D('1E+40') + D('1E-40'), D('123') - D('123.000'))
print(D('-0') + D('0'), D('-0') + D('-0'), D('0') - D('0'), D('5') - D('5'), D('0E-3') + D('12'))
print(D('1.5') ** 2, D(2) ** 10, D(2) ** 100, D('1.1') ** 20, D(2) ** -3, D(-2) ** 3, D(-2) ** -2, D('0.5') ** -1)
print(D(10) ** 30, D(10) ** -30, D('1.10') ** 2, D(0) ** 5, D('-0') ** 3, D(7) ** 0, D('Inf') ** -1, D(0) ** -1)
print(pow(D(3), 4), 2 ** D(8), D(3) ** D(4))
print(D('9' * 30) + 1, D('9' * 28) + 1, D('99999999999999999999999999995') + 0)
print(D('inf') + 1, D('-inf') * 2, D(1) / D('inf'), D('inf') / 3, D('nan') + 1, D('inf') - D(1E300))

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
vals = ['2.5', '3.5', '-2.5', '2.51', '-2.49', '0.5', '-0.5', '1.05', '1.15', '-1.15', '2.0001', '9.95', '10.5', '-10.5', '0.04', '0.06']
for m in modes:
    out = []
    for v in vals:
        out.append(str(D(v).quantize(D('1'), rounding=m)))
        out.append(str(D(v).quantize(D('0.1'), rounding=m)))
    print(m, ' '.join(out))

for p in [1, 3, 5, 10]:
    ctx = getcontext()
    ctx.prec = p
    for m in modes:
        ctx.rounding = m
        print(p, m, D(2) / D(3), D(-2) / D(3), D('123456.789') + 0, D('-987654321') * 1, D(1) / D(8), D('15') * D('0.1'))
ctx = getcontext()
ctx.prec = 28
ctx.rounding = ROUND_HALF_EVEN

print(D('1.234567890123456789012345678901234567890') * 1)
print(D(1) / D(998001))
print(D('3.14159').fma(2, D('0.1')), D(2).fma(3, 4), D('1E+20').fma(D('1E+20'), D(-1)))
print(D(18).remainder_near(6), D(10).remainder_near(6), D(11).remainder_near(6), D(3).remainder_near(2), D(-10).remainder_near(3))
print(D('12.3456').scaleb(3), D('12.3456').scaleb(-3), D(1).scaleb(-2), D('7.5').logb(), D('0.001').logb())
print(D('1.2345').shift(2), D('1.2345').shift(-2), D('12345').rotate(2), D('12345').rotate(-2))
print(D(1).next_plus(), D(1).next_minus(), D('-1').next_plus(), D(0).next_minus(), D(1).next_toward(2), D(1).next_toward(0))
print(D(1).max(D(2)), D(1).min(D(2)), D('1.0').max(D('1')), D('1.0').min(D('1')), D(-3).max_mag(D(2)), D(-3).min_mag(D(2)),
      D('nan').max(D(5)), D(5).min(D('nan')))
print(D(3).compare(D(4)), D(4).compare(D(4)), D(5).compare(D(4)), D('nan').compare(1), D('12.0').compare_total(D('12')),
      D('-inf').compare_total(D('nan')), D(1).compare_total_mag(D(-2)))
print(D('1.50').same_quantum(D('2.00')), D('1.5').same_quantum(D('2.00')), D('inf').same_quantum(D('inf')))
print(D(1110).logical_and(D(1011)), D(1110).logical_or(D(1011)), D(1110).logical_xor(D(1011)), D(0).logical_invert(Context(prec=5)))
print(D('2.7').to_integral_value(), D('-2.7').to_integral_value(ROUND_DOWN), D('2.5').to_integral_exact(), D('123E-1').to_integral())
print(Context(prec=1).add(D(1), D(2)), Context(prec=2).divide(1, 3))
x = D(0)
for i in range(1, 101):
    x += D(1) / D(i)
print(x)
s = sum([D('0.1')] * 10)
print(s, s == 1, sum(D(i) / 8 for i in range(10)))
