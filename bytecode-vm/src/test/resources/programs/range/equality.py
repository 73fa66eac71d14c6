range(0) == range(5, 2)
range(0, 10, 3) == range(0, 11, 3)
range(1, 2) == range(1, 3, 5)
list(range(3)) == [0, 1, 2]
range(3) == [0, 1, 2]
