# W3: recursive divide-and-conquer sum of x**0.5 over [0, 10**7): the two calls fork.
def s(a, b):
    if b - a <= 16:
        t = 0.0
        x = a
        while x < b:
            t = t + x ** 0.5
            x = x + 1
        return t
    mid = (a + b) // 2
    return s(a, mid) + s(mid, b)

s(0, 10**7)
