class Node:
    def __init__(self, left, right, v):
        self.left = left
        self.right = right
        self.v = v
def build(d):
    return None if d == 0 else Node(build(d - 1), build(d - 1), d)
def depth(n):
    return 0 if n is None else 1 + max(depth(n.left), depth(n.right))
def total(n):
    return 0 if n is None else n.v + total(n.left) + total(n.right)
t = build(14)
depth(t)
total(t)
def s(a, b):
    if b - a == 1:
        return [a][a - a]
    m = (a + b) // 2
    return s(a, m) + s(m, b)
s(0, 5000)
def bad(xs, i):
    return xs[i] + bad(xs, i + 1)
try:
    bad([1, 2, 3], 0)
except IndexError as e:
    msg = str(e)
msg
def pair(a, b):
    return (a, b)
def sq(x):
    return x * x
pair(sq(3), sq(4))
def safe(xs):
    return sq(xs[0]) + sq(xs[1])
try:
    safe([2])
except IndexError as e:
    msg2 = str(e)
msg2
