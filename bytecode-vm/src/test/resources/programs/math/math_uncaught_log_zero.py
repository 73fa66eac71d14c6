import math
math.log(math.e ** 2)
math.log(1e-300)
math.log(1)
math.log(0)
