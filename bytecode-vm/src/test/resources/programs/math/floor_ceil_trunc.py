import math
[math.floor(x) for x in (2.7, -2.7, 5, -0.5)]
[math.ceil(x) for x in (2.1, -2.1, 5, -0.5)]
[math.trunc(x) for x in (2.7, -2.7)]
math.floor(1e20)
type(math.floor(2.5)).__name__
