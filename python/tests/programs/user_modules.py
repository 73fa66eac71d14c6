import os
import fora
executor = fora.connect(os.environ["FORA_URL"])
import mylib
from mylib import Point, scaled_norm as sn

def run(k):
    base = [1.0, 2.0, k]
    with executor.remotely.downloadAll():
        a = sn(base)
        b = mylib.scaled_norm([3.0, 4.0])
        pts = [Point(i, i * i) for i in range(5)]
        d = sum(p.dist(q) for p, q in zip(pts, pts[1:]))
        class Local:
            def __init__(self, v):
                self.v = v
            def double(self):
                return self.v * 2
        loc = Local(k).double()
        def helper(z):
            return z + k
        h = [helper(i) for i in range(3)]
    return a, b, d, loc, h

print(run(3.0))
