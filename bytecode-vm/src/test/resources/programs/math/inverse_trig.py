import math
math.asin(1)
math.acos(0)
math.atan(1)
math.atan2(1, 1)
math.atan2(-1, -1)
math.atan2(0, -1)
math.acos(-1) == math.pi
