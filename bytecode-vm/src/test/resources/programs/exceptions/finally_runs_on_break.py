def f():
    trail = ()
    for i in range(5):
        try:
            if i == 2:
                break
            trail = trail + (i,)
        finally:
            trail = trail + ("f%d" % i,)
    return trail
f()
def g():
    out = ()
    for i in range(3):
        try:
            if i == 1:
                continue
            out = out + (i,)
        finally:
            out = out + ("fin",)
    return out
g()
