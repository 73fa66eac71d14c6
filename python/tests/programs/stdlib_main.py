import itertools as it
import os
from decimal import Decimal
from fractions import Fraction
from typing import List

import fora

executor = fora.connect(os.environ["FORA_URL"])
HALF = Fraction(1, 2)
PRICE = Decimal("1.25")


def squares(n: int) -> List[int]:
    return [i * i for i in range(n)]


def pairs(xs):
    return list(it.combinations(xs, 2))


def main():
    k = 4
    with executor.remotely.downloadAll():
        s = squares(k)
        p = pairs(s)
        h = HALF * 3
        pr = PRICE * 2
        words = sorted({w.lower() for w in "The quick the lazy THE end".split()})
    print(s, p)
    print(h, pr, words)


if __name__ == "__main__":
    main()
