import math
math.copysign(3, -0.0)
math.copysign(-2.5, 1)
math.fmod(7, 3)
math.fmod(-7, 3)
-7 % 3
math.modf(3.75)
math.modf(-2.5)
