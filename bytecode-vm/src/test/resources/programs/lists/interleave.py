def interleave(a, b):
    out = []
    for x, y in zip(a, b):
        out = out + [x, y]
    n = min(len(a), len(b))
    return out + a[n:] + b[n:]
interleave([1, 2, 3], ["a", "b"])
interleave([], [1])
interleave([1], [])
