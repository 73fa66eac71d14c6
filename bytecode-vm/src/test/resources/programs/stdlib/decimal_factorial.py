"""
Calculate `factorial` using the decimal module.

- 2024-06-14: Michael Droettboom copied this from
  Modules/_decimal/tests/bench.py in the CPython source and adapted to use
  pyperf.
- 2026-02-22: Sergey B Kirpichev adapted context settings and tested
  values to support also pure-Python decimal module.
"""

# Original copyright notice in CPython source:

#
# Copyright (C) 2001-2012 Python Software Foundation. All Rights Reserved.
# Modified and extended by Stefan Krah.
#

import decimal
try:
    import _decimal
except ImportError:
    _decimal = None


def factorial(n, m):
    if n > m:
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)


def bench_decimal_factorial():
    c = decimal.getcontext()
    if _decimal:
        c.prec = decimal.MAX_PREC
        c.Emax = decimal.MAX_EMAX
        c.Emin = decimal.MIN_EMIN
    else:
        c.prec = 20000  # Should be enough to hold largest factorial exactly.
    # Standalone run: use the small data set for both implementations so the
    # printed result does not depend on which decimal module is available.
    data = [1000, 5000]

    results = []
    for n in data:
        _ = factorial(decimal.Decimal(n), 0)
        results.append(_)
    return results


if __name__ == "__main__":
    for n, r in zip([1000, 5000], bench_decimal_factorial()):
        s = str(r)
        print(n, len(s), s[:40], s[-40:].count('0'))
