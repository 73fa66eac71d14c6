import math
math.sinh(1)
math.cosh(1)
math.tanh(0.5)
math.tanh(100)
math.cosh(0)
