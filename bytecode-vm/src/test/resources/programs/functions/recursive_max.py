def rmax(v):
    if len(v) == 1:
        return v[0]
    m = rmax(v[1:])
    return v[0] if v[0] > m else m
rmax([3, 9, 2, 7])
rmax(["pear", "apple", "zoo"])
