# The same dot product as an accumulating for loop over the function's local lists.
def dot(a, b):
    t = 0
    for k in range(len(a)):
        t += a[k] * b[k]
    return t


def main():
    a = list(range(40))
    b = list(range(40))
    t = 0
    for _ in range(100000):
        t = (t + dot(a, b)) % 1000003
    return t


print(main())
