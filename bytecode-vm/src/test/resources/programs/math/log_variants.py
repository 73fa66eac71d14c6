import math
math.log2(1024)
math.log2(10)
math.log10(1000)
math.log10(2)
math.log(2 ** 1000)
math.log(1 + 1e-10)
