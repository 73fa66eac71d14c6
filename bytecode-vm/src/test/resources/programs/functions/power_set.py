def subsets(v):
    if not v:
        return [[]]
    rest = subsets(v[1:])
    return rest + [[v[0]] + s for s in rest]
subsets([1, 2, 3])
len(subsets(list(range(10))))
