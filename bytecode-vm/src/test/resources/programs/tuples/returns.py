def minmax(v):
    return min(v), max(v)
minmax([3, 1, 4, 1, 5])
lo, hi = minmax(range(10))
hi - lo
def divmod2(a, b):
    return a // b, a % b
divmod2(17, 5)
