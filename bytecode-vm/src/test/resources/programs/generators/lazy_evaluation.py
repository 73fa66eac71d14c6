def noisy(n):
    for i in range(n):
        yield i
        if i == 2:
            raise ValueError("too far")
g = noisy(10)
next(g)
next(g)
next(g)
def rest():
    try:
        return list(g)
    except ValueError as e:
        return str(e)
rest()
next(g, "closed")
