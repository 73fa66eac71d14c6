def first_neg(v):
    for i, x in enumerate(v):
        if x < 0:
            r = i
            break
    else:
        r = -1
    return r
first_neg([1, 2, -3, 4])
first_neg([1, 2])
first_neg([])
