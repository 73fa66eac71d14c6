def rotate(v, k):
    if not v:
        return v
    k = k % len(v)
    return v[-k:] + v[:-k] if k else v
[rotate([1, 2, 3, 4, 5], k) for k in range(-1, 7)]
rotate([], 3)
