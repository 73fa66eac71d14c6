#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Generates math_cases.txt: calls of CPython's math module and their exact results.

Run with CPython 3.11 on x86-64 Linux (glibc), from this directory:

    python3 gen_math_cases.py > math_cases.txt

Each line is  name|args|kwargs|expected  where args and kwargs are ';'-separated encoded values
(kwargs as key=value) and each value is encoded as
    f:<float.hex()>   i:<decimal int>   b:1 / b:0   s:<text>   N (None)
    L:<v,v,...>  (list)   T:<v,v,...> (tuple)
The expected field is an encoded value, or E:<exception type>:<message>.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

sys.set_int_max_str_digits(0)
rnd = random.Random(20240611)


def enc(v):
    if isinstance(v, bool):
        return "b:1" if v else "b:0"
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + v.hex()
    if isinstance(v, str):
        return "s:" + v
    if v is None:
        return "N"
    if isinstance(v, list):
        return "L:" + ",".join(enc(x) for x in v)
    if isinstance(v, tuple):
        return "T:" + ",".join(enc(x) for x in v)
    raise TypeError(type(v))


lines = []


def case(name, *args, **kwargs):
    try:
        r = getattr(math, name)(*args, **kwargs)
        exp = enc(r)
    except Exception as e:  # noqa: BLE001
        msg = str(e)
        assert "|" not in msg and "\n" not in msg
        exp = "E:%s:%s" % (type(e).__name__, msg)
    a = ";".join(enc(x) for x in args)
    k = ";".join("%s=%s" % (key, enc(v)) for key, v in kwargs.items())
    lines.append("%s|%s|%s|%s" % (name, a, k, exp))


INF = float("inf")
NAN = float("nan")
SPECIALS = [0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 2.2250738585072014e-308,
            -2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
            -1.7976931348623157e308, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 1e-300, 1e300, 1e-20,
            3.141592653589793, 1.5707963267948966, 0.9999999999999999, 1.0000000000000002,
            709.782712893384, 709.7827128933841, -745.1332191019411, 1e22, 10.0, 100.0, 3.0,
            -3.0, 0.1, 171.0, 171.7, -171.5, 200.0, 200.5, -200.5, 1e-310, 2.5, -2.5, 7.0]


def rand_bits():
    return struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]


def rand_float(kind):
    if kind == 0:
        return rand_bits()
    if kind == 1:
        return rnd.uniform(-10, 10)
    if kind == 2:
        return math.ldexp(rnd.uniform(-1, 1), rnd.randint(-1074, 1024))
    if kind == 3:
        return rnd.uniform(-1, 1)
    if kind == 4:
        return rnd.uniform(-800, 800)
    if kind == 5:
        return math.ldexp(rnd.uniform(0.5, 1), rnd.randint(-60, 60))
    return rnd.uniform(-1e6, 1e6)


def randoms(n):
    return [rand_float(i % 7) for i in range(n)]


UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
         "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log2", "log10", "log1p", "sin",
         "sinh", "sqrt", "tan", "tanh", "ceil", "floor", "trunc", "degrees", "radians", "modf",
         "frexp", "isfinite", "isinf", "isnan", "ulp"]

for name in UNARY:
    for x in SPECIALS:
        case(name, x)
    for x in randoms(70):
        case(name, x)
    # ints, bools and huge ints
    for x in [0, 1, -1, 2, 7, -7, 10**15, 2**53 + 1, -(2**63), 2**63, 10**300, 2**1023 * 3, 2**1024,
              -(10**400), True, False]:
        case(name, x)
    # bad types
    case(name, "a")
    case(name, None)
    case(name)
    case(name, 1.0, 2.0)

# functions with interesting narrower domains
for name in ["acos", "asin", "atanh", "erf", "erfc", "tanh", "expm1", "log1p", "acosh", "asinh"]:
    for _ in range(60):
        case(name, rnd.uniform(-1.2, 1.2))
    for _ in range(30):
        case(name, rnd.uniform(-30, 30))
for name in ["gamma", "lgamma"]:
    for _ in range(150):
        case(name, rnd.uniform(-180, 180))
    for _ in range(80):
        case(name, rnd.uniform(-6, 6))
    for _ in range(40):
        case(name, math.ldexp(rnd.uniform(-1, 1), rnd.randint(-80, 3)))
    for _ in range(30):
        case(name, float(rnd.randint(-30, 30)) + rnd.choice([0.0, 0.5, 1e-9, -1e-12]))
    for _ in range(30):
        case(name, rnd.uniform(140, 172))
    for _ in range(20):
        case(name, rnd.uniform(-210, -140))
for name in ["exp", "exp2", "cosh", "sinh"]:
    for _ in range(30):
        case(name, rnd.uniform(700, 1100))
        case(name, rnd.uniform(-1100, -700))
for name in ["sin", "cos", "tan"]:
    for _ in range(40):
        case(name, math.ldexp(rnd.uniform(-1, 1), rnd.randint(20, 1024)))

# logs of ints of every size, and with bases
for e in [1, 2, 10, 52, 53, 64, 100, 1000, 1023, 1024, 1025, 2000, 5000, 12000]:
    for n in [2**e, 2**e - 1, 2**e + 1, 10**(e // 3 + 1), 3**e, rnd.getrandbits(e) | 1]:
        for name in ["log", "log2", "log10"]:
            case(name, n)
        case("log", n, 10)
        case("log", n, 2.0)
    case("log", -(2**e))
    case("log10", -(2**e))
for _ in range(150):
    x, b = rand_float(rnd.randint(0, 6)), rand_float(rnd.randint(0, 6))
    case("log", x, b)
    case("log", abs(x), abs(b))
for x, b in [(10, 1), (0, 10), (10, 0), (1.0, 0.5), (8, 2), (100, 10), (1, 1), (INF, 2), (2, INF),
             (NAN, 2), (2, NAN), (-1, 2), (2, -1), (True, 2), (2, True), (10**1000, 10), ("a", 2),
             (2, "a"), (0.0, 0.0)]:
    case("log", x, b)
case("log")
case("log", 1, 2, 3)
case("log", x=2)

BINARY = ["atan2", "copysign", "remainder", "fmod", "pow", "nextafter"]
BSPECIALS = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 5e-324,
             1.7976931348623157e308, -1.7976931348623157e308, 1e-300, 1e300, 2.2250738585072014e-308,
             1.5, 0.9999999999999999, 1.0000000000000002]
for name in BINARY:
    for x in BSPECIALS:
        for y in BSPECIALS:
            case(name, x, y)
    for _ in range(150):
        case(name, rand_float(rnd.randint(0, 6)), rand_float(rnd.randint(0, 6)))
    for x, y in [(1, 2), (-8, 1 / 3), (2**1100, 2.0), (True, 2), (7, 3), (-7, 3), (10**20, 7)]:
        case(name, x, y)
    case(name, "a", 1.0)
    case(name, 1.0, None)
    case(name, 1.0)
    case(name, 1.0, 2.0, 3.0)
    case(name)
    case(name, 1.0, y=2.0)
for _ in range(150):
    case("pow", rnd.uniform(-100, 100), float(rnd.randint(-400, 400)))
    case("pow", rnd.uniform(0, 10), rnd.uniform(-400, 400))
    case("remainder", rnd.uniform(-1e6, 1e6), rnd.uniform(-10, 10))
    case("remainder", float(rnd.randint(-100, 100)) + 0.5, rnd.choice([1.0, 2.0, 0.5, -1.0]))
    case("fmod", rnd.uniform(-1e6, 1e6), rnd.uniform(-10, 10))
    case("atan2", rnd.uniform(-10, 10), rnd.uniform(-10, 10))

# ldexp
for _ in range(150):
    case("ldexp", rand_float(rnd.randint(0, 6)), rnd.randint(-1200, 1200))
for x in BSPECIALS:
    for i in [0, 1, -1, 1074, -1074, -1075, -1076, 2000, -2000, 2**40, -(2**40), 2**70, -(2**70), True]:
        case("ldexp", x, i)
for _ in range(60):
    case("ldexp", math.ldexp(rnd.uniform(0.5, 1), -1000), rnd.randint(-80, -20))
case("ldexp", 1.0, 1.5)
case("ldexp", 1.0, "a")
case("ldexp", "a", 1)
case("ldexp", 3, 2)
case("ldexp", 1.0)

# hypot and dist
for n in range(0, 8):
    for _ in range(40):
        case("hypot", *[rand_float(rnd.randint(0, 6)) for _ in range(n)])
    for _ in range(10):
        case("hypot", *[rnd.uniform(-1, 1) for _ in range(n)])
for n in range(1, 5):
    for _ in range(10):
        case("hypot", *[math.ldexp(rnd.uniform(-1, 1), rnd.randint(-1074, -1020)) for _ in range(n)])
        case("hypot", *[math.ldexp(rnd.uniform(-1, 1), rnd.randint(1000, 1023)) for _ in range(n)])
for args in [(3, 4), (INF, NAN), (NAN, 1.0), (1.0, -INF), (True, 2), (10**20, 1), (2**1100, 1),
             ("a",), (1, None), (0.0, -0.0), (5e-324, 5e-324)]:
    case("hypot", *args)
case("hypot", x=1.0)
for n in range(0, 6):
    for _ in range(30):
        p = [rand_float(rnd.randint(0, 6)) for _ in range(n)]
        q = [rand_float(rnd.randint(0, 6)) for _ in range(n)]
        case("dist", p, q)
        case("dist", tuple(p), q)
    for _ in range(10):
        case("dist", [rnd.uniform(-5, 5) for _ in range(n)], [rnd.randint(-5, 5) for _ in range(n)])
case("dist", [1.0], [1.0, 2.0])
case("dist", 1, [1.0])
case("dist", [1.0], ["a"])
case("dist", [1.0], [1.0], [1.0])
case("dist", [1.0])
case("dist", [INF, 1.0], [INF, 2.0])
case("dist", [NAN, 1.0], [0.0, INF])

# isclose
for _ in range(100):
    a = rand_float(rnd.randint(0, 6))
    b = a * (1 + rnd.choice([1e-10, 1e-8, -1e-9, 1e-9, 0.0, 1e-15]))
    case("isclose", a, b)
    case("isclose", a, b, rel_tol=rnd.choice([1e-9, 1e-8, 0.0, 1e-12]))
    case("isclose", a, b, abs_tol=rnd.choice([1e-9, 0.0, 1.0]))
for a in BSPECIALS[:8]:
    for b in BSPECIALS[:8]:
        case("isclose", a, b)
case("isclose", 1.0)
case("isclose")
case("isclose", 1.0, 1.0, 1.0)
case("isclose", 1.0, 1.0, 1.0, 1.0, 1.0)
case("isclose", a=1.0, b=1.0)
case("isclose", 1.0, b=1.0)
case("isclose", 1.0, b=1.0, a=2.0)
case("isclose", 1.0, 1.0, foo=1.0)
case("isclose", 1.0, 1.0, rel_tol=-1.0)
case("isclose", 1.0, 1.0, abs_tol=-1.0)
case("isclose", 1.0, 1.0, rel_tol="a")
case("isclose", "a", 1.0)
case("isclose", 1, 1, rel_tol=0, abs_tol=0)
case("isclose", 1.0, 1.1, rel_tol=0.2)

# fsum
for n in [0, 1, 2, 3, 5, 10, 50, 200]:
    for _ in range(25):
        case("fsum", [rand_float(rnd.randint(0, 6)) for _ in range(n)])
    for _ in range(10):
        base = rnd.uniform(-1, 1)
        case("fsum", [base * 10.0**rnd.randint(-20, 20) * rnd.choice([1, -1]) for _ in range(n)])
for seq in [[1e-16, 1, 1e16], [1e308, 1e308], [1e308, -1e308, 1e308], [INF, -INF], [INF, INF],
            [NAN, 1.0], [INF, 1e308, 1e308], [1, 2, 3], [True, 2**60, 0.5], ["a"], [2**1100],
            [0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [-0.0], [-0.0, -0.0],
            [1.0, 1e-16, 1e-16], [2.0**53, -0.5, -2.0**-54], [2.0**53, 1.0, 2.0**-100],
            [1e-300] * 5 + [-1e-300] * 4]:
    case("fsum", seq)
    case("fsum", tuple(seq))
case("fsum", 1)
case("fsum")
case("fsum", [1.0], [2.0])

# prod
for _ in range(60):
    case("prod", [rnd.randint(-10**6, 10**6) for _ in range(rnd.randint(0, 8))])
    case("prod", [rand_float(rnd.randint(0, 6)) for _ in range(rnd.randint(0, 6))])
    case("prod", [rnd.choice([rnd.randint(-50, 50), rnd.uniform(-5, 5), True, 2**70])
                  for _ in range(rnd.randint(0, 6))])
for seq, start in [([2, 3], 2.5), ([2, 3], 10**30), ([], 7), ([], "x"), ([1.5, 2], True),
                   ([2**62, 4], 1), ([2**62, 4, 0.5], 1), ([2**1100, 1.0], 1)]:
    case("prod", seq, start=start)
case("prod")
case("prod", [1], 2)
case("prod", [1], foo=2)
case("prod", iterable=[1])
case("prod", 5)
case("prod", [1], 2, start=3)

# integer functions
for _ in range(120):
    n = rnd.choice([rnd.randint(0, 100), rnd.randint(0, 10**6), rnd.getrandbits(rnd.randint(1, 300))])
    case("isqrt", n)
    case("isqrt", n * n)
    case("isqrt", n * n - 1 if n else 0)
for n in [0, 1, 2, 3, 4, True, False, -1, 2**64 - 1, 2**64, 2**64 + 1, 2.0, "a", None]:
    case("isqrt", n)
for n in list(range(0, 30)) + [50, 99, 100, 170, 171, 500, 1000, 1234, True, False, -1, -(2**70),
                                2**70, 1.0, 1.5, "a", None]:
    case("factorial", n)
for _ in range(150):
    args = [rnd.choice([rnd.randint(-1000, 1000), rnd.getrandbits(100) - 2**99, 0,
                        rnd.randint(1, 50) * 2**rnd.randint(0, 80)]) for _ in range(rnd.randint(0, 4))]
    case("gcd", *args)
    case("lcm", *args)
for args in [(), (0,), (-5,), (0, 0), (2**64, 6), (True, 4), (1.5,), (1, 1.5), (1, "a"), (12, -18),
             (-(2**63), -(2**63)), (-(2**63), 0), (0, -(2**63)), (2**63, 2**62)]:
    case("gcd", *args)
    case("lcm", *args)
case("gcd", x=1)
case("lcm", x=1)
for _ in range(200):
    n = rnd.choice([rnd.randint(0, 70), rnd.randint(0, 400), rnd.randint(0, 10**4), 2**rnd.randint(60, 70)])
    k = rnd.choice([rnd.randint(0, 70), rnd.randint(0, min(n, 3000 if n < 10**5 else 200) + 2), rnd.randint(0, 30)])
    case("comb", n, k)
    case("perm", n, k)
for n, k in [(5, -1), (-5, 1), (-5, -1), (5, 6), (0, 0), (2**70, 2**65), (2**70, 2**70 - 3), (2**70, 3),
             (2**70, 2**70 + 1), (10**20, 5), (5, None), (5.0, 2), (5, 2.0), (True, True), (5, "a"),
             (2**64, 2**64), (2**64, 1), (2**64, 0)]:
    case("comb", n, k)
    case("perm", n, k)
case("perm", 7)
case("perm", 2**70)
case("perm", -1)
case("perm")
case("perm", 1, 2, 3)
case("comb", 1)
case("comb", n=1, k=1)

# ceil/floor/trunc on big floats and misc
for x in [1e300, -1e300, 2.0**63, -(2.0**63), 2.0**64, 9.2e18, 4.5e15, 0.5, -0.5, 1.7976931348623157e308]:
    for name in ["ceil", "floor", "trunc"]:
        case(name, x)

sys.stdout.write("\n".join(lines) + "\n")
