def all_positive(v):
    for x in v:
        if x > 0:
            continue
        return False
    else:
        return True
all_positive([1, 2, 3])
all_positive([1, -2, 3])
all_positive([])
