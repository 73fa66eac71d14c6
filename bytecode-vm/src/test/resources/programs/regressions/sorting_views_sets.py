nan = float("nan")
sorted([3, 1, 2, nan] * 10)
len(sorted([3, 1, 2, 5, 4, nan, 9, 8, 7, 6, 0, 11, 13, 12, 10] * 5))
try:
    sorted([3, None, 1])
except TypeError as e:
    m = str(e)
m
sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True)
sorted(range(100), key=lambda k: k % 7)[:10]
sorted(["b", "A", "a"], key=str.lower)
d = {"a": 1, "b": 2}
e = {"b": 3, "c": 4}
d.keys() == {"a", "b"}
d.items() == {("a", 1), ("b", 2)}
sorted(d.keys() & e.keys())
len(d.keys() | [3])
list(reversed(d))
s = set([2, 3, 10])
s.difference([5])
s.intersection([10, 3, 2])
set([1, 2, 3]).union([9, 17], [25])
dd = {16: "a", 8: "b", 5: "c", 10: "d", 4: "e"}
set(dd)
s2 = set([16, 8, 5, 10, 4])
s2.copy()
{*s2}
x = float("nan")
[1, x].count(x)
{"a": x} == {"a": x}
divmod(5, 0.0) if False else 1
class A:
    def m(self): return 1
a = A()
a.m == a.m
a.m.__name__
"abc".upper.__name__
type("".upper).__name__
try:
    "abc"["a"]
except TypeError as e:
    m2 = str(e)
m2
try:
    1 in 5
except TypeError as e:
    m3 = str(e)
m3
class MissingKey(KeyError): pass
str(MissingKey("k"))
