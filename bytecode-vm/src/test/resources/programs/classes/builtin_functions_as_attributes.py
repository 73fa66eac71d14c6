# Functions of modules (len, math.sqrt) stored on a class are not bound to instances (they are no
# descriptors in CPython); a builtin type's methods (list.append) are.
import math, operator
class Calc:
    sqrt = math.sqrt
    f = len
    up = str.upper
    push = list.append
    def hyp(self, a, b): return self.sqrt(a*a + b*b)
c = Calc()
print(c.hyp(3, 4), Calc.sqrt(9.0))
try: c.f()
except TypeError as e: print(e)
print(c.f([1, 2]), Calc.up("ab"))
class L(list):
    push = list.append
l = L(); l.push(3); print(l)
class K:
    key = staticmethod(abs)
    mx = max
print(K().key(-2), K().mx(1, 5))
