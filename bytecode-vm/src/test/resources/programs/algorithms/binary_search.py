def bsearch(v, target):
    lo, hi = 0, len(v) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if v[mid] == target:
            return mid
        if v[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)
data = [1, 3, 5, 7, 9, 11, 13]
[bsearch(data, t) for t in data]
[bsearch(data, t) for t in (0, 4, 14)]
bsearch([], 5)
