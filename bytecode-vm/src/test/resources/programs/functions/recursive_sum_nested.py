def deep_sum(v):
    if isinstance(v, int):
        return v
    return sum(deep_sum(x) for x in v)
deep_sum([1, [2, [3, [4, [5]]]], (6, 7)])
deep_sum(5)
deep_sum([])
