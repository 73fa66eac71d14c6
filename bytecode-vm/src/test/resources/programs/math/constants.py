import math
math.pi
math.e
math.tau
math.tau == 2 * math.pi
math.inf > 10 ** 308
math.nan == math.nan
