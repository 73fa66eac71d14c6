import math
math.degrees(math.pi)
math.radians(180)
math.degrees(1)
[round(math.radians(d), 4) for d in (0, 30, 45, 90)]
