def running_avg(v):
    total = 0
    for i, x in enumerate(v, 1):
        total += x
        yield total / i
list(running_avg([2, 4, 6, 8]))
[round(a, 2) for a in running_avg([1, 2, 2, 5])]
