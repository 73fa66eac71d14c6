# SPDX-License-Identifier: Apache-2.0
"""A module of the user's own, used by user_modules.py as `import mylib` and `from mylib import ...`."""
import math
SCALE = 2.5
def scaled_norm(v):
    return SCALE * math.sqrt(sum(x * x for x in v))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def dist(self, o):
        return math.hypot(self.x - o.x, self.y - o.y)
