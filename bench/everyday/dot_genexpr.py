# A dot product as sum over a generator expression that reads the function's locals, called often.
def dot(a, b, n):
    return sum(a[k] * b[k] for k in range(n))


def main():
    a = list(range(40))
    b = list(range(40))
    t = 0
    for _ in range(100000):
        t += dot(a, b, 40)
    return t


print(main())
