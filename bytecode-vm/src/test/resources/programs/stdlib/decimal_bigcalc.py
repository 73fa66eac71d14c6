# large-precision workloads: factorials, big powers, digit sums, big division
from decimal import Decimal, localcontext, getcontext

with localcontext(prec=3000):
    f = Decimal(1)
    for i in range(1, 1001):
        f *= i
    s = str(f)
    print(len(s), s[:30], s[-10:], sum(int(ch) for ch in s))
    q = f / Decimal(7) ** 300
    print(str(q)[:40], q.adjusted())
    r = Decimal(2) ** 5000
    print(str(r)[:25], len(str(r)), r.adjusted())
    print(str(Decimal(1) / Decimal(7))[:60])
    print(str(Decimal(2).sqrt())[-20:])
with localcontext(prec=28):
    big = Decimal(10) ** 50 + 1
    print(big, big - Decimal(10) ** 50, (big * big).adjusted())
    print(Decimal('1e-999999') / 10 == 0, Decimal('9.99e999999') + Decimal('1e999990'))
x = Decimal(1)
for i in range(200):
    x = x * Decimal('1.01')
print(x)
with localcontext(prec=20000):
    n = Decimal(3) ** 12000
    print(len(str(n)), str(n)[:15], str(n % 1000000), n.as_integer_ratio()[0] % 97)
