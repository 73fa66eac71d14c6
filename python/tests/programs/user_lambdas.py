# SPDX-License-Identifier: Apache-2.0
"""Lambdas as pyfora users wrote them: several on one line, defaults captured in a loop, builtin methods as values."""
import os

import fora

executor = fora.connect(os.environ["FORA_URL"])

OPS = [lambda a, b: a + b, lambda a, b: a * b, lambda a, b: a - b]
ADDERS = [lambda x, i=i: x + i for i in range(4)]
SCALE = 3
SCALED = [lambda x, k=k * SCALE, *, off=k: x * k + off for k in range(3)]
UP = str.upper
APPEND_TO = list.append


def apply_all(fs, v):
    return [f(v) for f in fs]


with executor.remotely.downloadAll():
    ops = [op(7, 3) for op in OPS]
    adds = apply_all(ADDERS, 100)
    scaled = apply_all(SCALED, 10)
    shout = UP("quiet")
    acc = []
    APPEND_TO(acc, 5)
print(ops, adds, scaled, shout, acc)
