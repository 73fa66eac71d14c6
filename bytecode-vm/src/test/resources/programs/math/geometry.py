import math
def dist(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
dist((0, 0), (3, 4))
def circle_area(r):
    return math.pi * r * r
round(circle_area(2), 6)
def polar(x, y):
    return (math.hypot(x, y), math.degrees(math.atan2(y, x)))
polar(1, 1)
polar(0, -2)
