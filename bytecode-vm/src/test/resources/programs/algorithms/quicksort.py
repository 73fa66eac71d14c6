def qsort(v):
    if len(v) <= 1:
        return v
    pivot = v[len(v) // 2]
    return qsort([x for x in v if x < pivot]) + [x for x in v if x == pivot] + qsort([x for x in v if x > pivot])
qsort([3, 6, 1, 8, 2, 9, 2, 7])
qsort([])
qsort(list("quicksort"))
qsort([5, 4, 3, 2, 1]) == sorted([5, 4, 3, 2, 1])
