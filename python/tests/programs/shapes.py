import math
import os
from collections import defaultdict, namedtuple
from dataclasses import dataclass

import fora

executor = fora.connect(os.environ["FORA_URL"])

Pair = namedtuple("Pair", ["a", "b"])
WEIGHTS = {"circle": 1.5, "square": 2}


@dataclass
class Item:
    name: str
    size: float

    def weight(self):
        return WEIGHTS[self.name] * self.size


class Polygon:
    def __init__(self, n, side):
        self.n, self.side = n, side

    def perimeter(self):
        return self.n * self.side

    def area(self):
        return self.n * self.side ** 2 / (4 * math.tan(math.pi / self.n))


def group(items):
    out = defaultdict(list)
    for it in items:
        out[it.name].append(it.weight())
    return {k: v for k, v in out.items()}


def fib_memo():
    memo = {}

    def fib(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib


fib = fib_memo()
items = [Item("circle", 2.0), Item("square", 3.0), Item("circle", 1.0)]

with executor.remotely.downloadAll():
    grouped = group(items)
    polys = [round(Polygon(n, 2).area(), 6) for n in range(3, 8)]
    fibs = [fib(i) for i in range(40, 45)]
    pairs = [tuple(Pair(i, i * i)) for i in range(3)]
    text = ", ".join("%s=%d" % (k, len(v)) for k, v in sorted(grouped.items()))
    try:
        Polygon(0, 1).area()
    except ZeroDivisionError as e:
        caught = str(e)

print(grouped)
print(polys)
print(fibs, pairs)
print(text, caught)
