def windows(v, n):
    for i in range(len(v) - n + 1):
        yield tuple(v[i:i + n])
list(windows([1, 2, 3, 4, 5], 3))
list(windows("abcd", 2))
list(windows([1], 3))
max(windows([3, 1, 4, 1, 5, 9, 2], 2), key=sum)
