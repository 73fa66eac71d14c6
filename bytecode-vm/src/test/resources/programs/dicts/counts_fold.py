def counts(v):
    d = {}
    for x in v:
        d = {**d, x: d.get(x, 0) + 1}
    return d
counts([3, 1, 3, 2, 3, 1])
counts("hello")
counts([])
