def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out = out + [a[i]]
            i += 1
        else:
            out = out + [b[j]]
            j += 1
    return out + a[i:] + b[j:]
def msort(v):
    if len(v) <= 1:
        return v
    mid = len(v) // 2
    return merge(msort(v[:mid]), msort(v[mid:]))
msort([38, 27, 43, 3, 9, 82, 10])
msort([(2, "b"), (1, "x"), (2, "a")])
msort([])
