import math
math.sqrt(16)
math.sqrt(0.25)
math.sqrt(2 ** 100)
math.sqrt(-1)
