def chain(*its):
    for it in its:
        yield from it
list(chain([1, 2], (3,), "ab", range(2)))
list(chain())
def cycle(v, n):
    for _ in range(n):
        yield from v
list(cycle([1, 2], 3))
