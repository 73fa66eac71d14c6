def between(lo, hi):
    return lambda x: lo <= x <= hi
def neg(p):
    return lambda x: not p(x)
def both(p, q):
    return lambda x: p(x) and q(x)
teen = between(13, 19)
[x for x in range(10, 22) if teen(x)]
[x for x in range(10, 22) if neg(teen)(x)]
[x for x in range(30) if both(teen, lambda v: v % 2 == 0)(x)]
