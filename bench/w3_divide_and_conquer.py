# W3: recursive divide-and-conquer sum of x**0.5 over [0, 10**7): the two calls fork.
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
