def nothing():
    x = 1
nothing()
nothing() is None
def maybe(x):
    if x > 0:
        return x
[maybe(x) for x in (-1, 1)]
