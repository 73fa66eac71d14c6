def flatten(v):
    for x in v:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x
list(flatten([1, [2, (3, [4])], [], 5]))
sum(flatten([[1, 2], [3, [4, [5]]]]))
