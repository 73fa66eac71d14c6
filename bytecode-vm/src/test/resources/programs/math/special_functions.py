import math
math.erf(0)
math.erf(1)
math.erfc(1)
math.gamma(5)
math.gamma(0.5)
math.lgamma(10)
math.gamma(0.5) ** 2
