import math
math.hypot(3, 4)
math.hypot(1, 1)
math.hypot(1, 2, 2)
math.fsum([0.1] * 10)
sum([0.1] * 10)
math.fsum([1e100, 1.0, -1e100])
