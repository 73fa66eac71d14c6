v = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
v.index(5)
v.index(5, 5)
v.count(5)
v.count(7)
v.index(1, 2, 4)
