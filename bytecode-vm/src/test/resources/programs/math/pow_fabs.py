import math
math.pow(2, 10)
math.pow(2, 0.5)
math.pow(-2, 3)
math.fabs(-3)
math.fabs(-2.5)
type(math.pow(2, 2)).__name__
