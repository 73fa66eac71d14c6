fs = [lambda: i for i in range(3)]
[f() for f in fs]
def make():
    out = []
    for j in range(3):
        out = out + [lambda: j]
    return out
[f() for f in make()]
