def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out = out + [x]
    return out
def squares():
    k = 1
    while True:
        yield k * k
        k += 1
take(6, squares())
take(0, squares())
take(3, iter([1]))
