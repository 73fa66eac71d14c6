# operator's item setters, call, length_hint and in-place operators.
import operator

l = [1, 2, 3]
operator.setitem(l, 0, 9)
operator.delitem(l, 1)
print(l, operator.call(abs, -2), operator.call(max, 3, 8, key=lambda v: -v))
d = {}
operator.setitem(d, 'k', 1)
print(d, operator.length_hint([1, 2]), operator.length_hint(iter(range(5)), 9), operator.length_hint(x for x in ()))
a = [1]
b = operator.iadd(a, [2])
print(a, b is a, operator.iadd(1, 2), operator.isub(5, 3), operator.imul("ab", 2), operator.ipow(2, 10))
s = {1, 2}
operator.ior(s, {3})
operator.iand(s, {1, 3})
print(sorted(s), operator.ixor(6, 3), operator.ifloordiv(7, 2), operator.itruediv(7, 2), operator.imod(7, 3))
print(operator.ilshift(1, 4), operator.irshift(16, 2), operator.iconcat([1], (2,)))
print(operator.__add__(1, 2), operator.__setitem__ is operator.setitem)
try:
    operator.iconcat(1, 2)
except TypeError as e:
    print("TypeError:", e)
