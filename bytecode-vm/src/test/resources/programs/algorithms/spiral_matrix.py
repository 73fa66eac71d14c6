def spiral(m):
    if not m:
        return []
    return list(m[0]) + spiral([list(r) for r in zip(*m[1:])][::-1])
spiral([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
spiral([[1]])
