import math
math.frexp(8)
math.frexp(0.1)
math.frexp(0)
math.ldexp(0.5, 4)
math.ldexp(1, -3)
m, e = math.frexp(123.456)
math.ldexp(m, e)
