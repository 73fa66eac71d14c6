def mean(*xs):
    return sum(xs) / len(xs) if xs else None
mean(1, 2, 3, 4)
mean()
mean(2.5)
mean(*[10] * 5)
