def islice(it, start, stop):
    for i, x in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield x
def count():
    n = 0
    while True:
        yield n
        n += 1
list(islice(count(), 5, 10))
list(islice("abcdefg", 2, 4))
list(islice([], 0, 3))
