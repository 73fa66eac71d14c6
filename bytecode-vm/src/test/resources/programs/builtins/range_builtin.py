range(3)
list(range(-2, 2))
range(1, 10, 2)[2]
list(range(5))[::-1]
len(range(-10, 10, 3))
list(range(0, -5, -1))
