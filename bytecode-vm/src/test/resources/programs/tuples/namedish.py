def point(x, y):
    return (x, y)
def add(p, q):
    return (p[0] + q[0], p[1] + q[1])
def scale(p, k):
    return (p[0] * k, p[1] * k)
add(point(1, 2), point(3, 4))
scale(point(1, -2), 3)
add(scale((1, 1), 2), (0, -1))
