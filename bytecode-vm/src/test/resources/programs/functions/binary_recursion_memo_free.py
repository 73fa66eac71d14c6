def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
[count_paths(n, n) for n in range(7)]
count_paths(3, 5)
