def show(**kw):
    return sorted(kw.items())
show()
show(a=1, b=2)
show(**{"x": 10, "y": 20})
def mixed(a, *args, **kw):
    return (a, args, kw)
mixed(1, 2, 3, k=4)
mixed(*[1, 2], **{"z": 0})
