from math import sqrt, pi, floor
sqrt(81)
pi
floor(pi * 100) / 100
[sqrt(x) for x in (1, 4, 9, 2)]
