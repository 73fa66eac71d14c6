a = {1, 2}
b = {1, 2, 3}
a <= b
a < b
b >= a
b > b
b >= b
a.issubset(b)
b.issuperset(a)
a.isdisjoint({3, 4})
{1} < {2}
