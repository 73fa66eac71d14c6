a = {1, 2, 3, 4, 10}
b = {3, 4, 5, 6, 20}
a | b
a & b
a - b
b - a
a ^ b
a.union(b, {99})
a.intersection(b)
a.difference(b)
a.symmetric_difference(b)
