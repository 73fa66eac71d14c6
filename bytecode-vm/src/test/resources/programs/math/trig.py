import math
math.sin(0)
math.cos(0)
math.sin(math.pi / 2)
math.cos(math.pi)
math.tan(math.pi / 4)
round(math.sin(math.pi), 12)
math.sin(1)
