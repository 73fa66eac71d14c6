# W3: a recursive divide-and-conquer sum of f(x) over [0, 10**7): the two recursive
# calls do not depend on each other, so Fora runs them on different cores.
def s(a, b, f):
    if b - a <= 16:
        t = 0.0
        x = a
        while x < b:
            t = t + f(x)
            x = x + 1
        return t
    mid = (a + b) // 2
    return s(a, mid, f) + s(mid, b, f)

s(0, 10**7, lambda x: x ** 0.5)
