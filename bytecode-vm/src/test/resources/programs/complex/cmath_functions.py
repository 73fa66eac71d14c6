# cmath on finite arguments: CPython's algorithms on the C library, so the digits match.
import cmath, math
values = [1 + 2j, -3 + 0.5j, 0.25 - 0.75j, 2.0, -1.0, 1j, 1e-3 + 1e-3j, 10 - 10j]
for v in values:
    print(v, cmath.sqrt(v), cmath.exp(v), cmath.log(v), cmath.log10(v))
    print(' ', cmath.sin(v), cmath.cos(v), cmath.tan(v))
    print(' ', cmath.sinh(v), cmath.cosh(v), cmath.tanh(v))
    print(' ', cmath.asin(v), cmath.acos(v), cmath.atan(v) if v != 1j else None)
    print(' ', cmath.asinh(v), cmath.acosh(v), cmath.atanh(v) if v not in (1, -1) else None)
    print(' ', cmath.phase(v), cmath.polar(v), abs(v))
print(cmath.rect(2, math.pi / 3), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 1 + 1j))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(cmath.nanj), cmath.isclose(1 + 1j, 1 + 1.0000000001j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj)
for bad in [0, 0j]:
    try:
        cmath.log(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    cmath.sqrt('x')
except TypeError as e:
    print('TypeError:', e)
