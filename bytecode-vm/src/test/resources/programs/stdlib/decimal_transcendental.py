from decimal import Decimal, getcontext, localcontext, Context, InvalidOperation, Inexact, Rounded

D = Decimal
for v in ['2', '4', '0.04', '100', '1E2', '1E-6', '0', '-0', '0.0001', '123456789', '2.25', '10', '0.5', 'Infinity']:
    print('sqrt', v, D(v).sqrt())
for p in [5, 50, 100]:
    with localcontext(prec=p):
        print(p, D(2).sqrt(), D(3).sqrt())
print('exp', D(1).exp(), D(0).exp(), D(-1).exp(), D('0.5').exp(), D(10).exp(), D('-20').exp(), D('1E-30').exp(), D(100).exp())
print('exp', D('Infinity').exp(), D('-Infinity').exp(), D('2.302585092994045684017991455').exp())
print('ln', D(2).ln(), D(10).ln(), D('0.5').ln(), D(1).ln(), D('1.0000001').ln(), D('1E+100').ln(), D('1E-100').ln(), D('Infinity').ln())
print('log10', D(2).log10(), D(100).log10(), D('0.001').log10(), D(1).log10(), D(7).log10(), D('1E+50').log10(), D('3.16227766').log10())
print('pow', D(2) ** D('0.5'), D(8) ** D('0.3333333333'), D(10) ** D('-1.5'), D('1.5') ** D('2.5'), D('0.5') ** D('0.5'))
print('pow', D(2) ** D('100.5'), D(1) ** D('0.5'), D('1.000') ** 3, D('1.0') ** -2, D(3) ** D(100), D(7) ** -5)
with localcontext(prec=60):
    print(D(1).exp())
    print(D(2).ln())
    print(D(10).ln())
    print(D(3).log10())
    print(D(2) ** D('0.5'))
with localcontext(prec=9):
    print(D(1).exp(), D(5).ln(), D('1.23456789').log10(), D(17).sqrt(), D(2) ** D('1.5'))
with localcontext(prec=3) as c:
    print(D(1).exp(), D(2).ln(), D(99).sqrt(), D('9.99').sqrt(), c.flags[Inexact], c.flags[Rounded])
c = getcontext()
c.clear_flags()
print(D(16).sqrt(), c.flags[Inexact])
print(D(17).sqrt(), c.flags[Inexact])
for bad in [lambda: D(-1).sqrt(), lambda: D(-1).ln(), lambda: D(0).ln(), lambda: D(-2).log10()]:
    try:
        print(bad())
    except InvalidOperation as e:
        print('InvalidOperation')
# compound interest with exp/ln
rate = D('0.05')
print((rate.exp() - 1).quantize(D('0.000001')), (1 + rate).ln().quantize(D('1E-10')))
years = D(2).ln() / (1 + rate).ln()
print(years, years.quantize(D('0.01')))
# e via series compared with exp
with localcontext(prec=40):
    s = D(0)
    term = D(1)
    for i in range(1, 60):
        s += term
        term /= i
    print(s, D(1).exp(), s == D(1).exp())
# pi via Machin-like formula using Decimal arithmetic
def atan_inv(x, prec):
    with localcontext(prec=prec + 5):
        x = D(x)
        x2 = x * x
        term = 1 / x
        total = term
        n = 1
        sign = -1
        while True:
            term /= x2
            t = term / (2 * n + 1)
            if t == 0 or t.adjusted() < -(prec + 5):
                break
            total += sign * t
            sign = -sign
            n += 1
        return total
with localcontext(prec=50):
    pi = 4 * (4 * atan_inv(5, 50) - atan_inv(239, 50))
    print(+pi)
    print((pi / 4).quantize(D('1E-40')))
