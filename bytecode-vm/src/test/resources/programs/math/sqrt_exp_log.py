import math
math.sqrt(2)
math.sqrt(144)
math.exp(1)
math.exp(0)
math.log(math.e)
math.log(100, 10)
math.log(8, 2)
math.log(1)
