nested = [[1, 2], [3], [], [4, 5, 6]]
[x for sub in nested for x in sub]
sum(nested, [])
def flat(v):
    out = []
    for x in v:
        out = out + (flat(x) if isinstance(x, list) else [x])
    return out
flat([1, [2, [3, [4]], 5], [[6]]])
