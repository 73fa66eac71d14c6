s = {1, 2, 3}
s.union([3, 4])
s.intersection(range(2, 10))
s.difference((1,))
s.issubset(range(10))
s.isdisjoint([7, 8])
