def numbers():
    yield from range(1, 21)
def evens(it):
    return (x for x in it if x % 2 == 0)
def squared(it):
    for x in it:
        yield x * x
list(squared(evens(numbers())))
sum(squared(evens(numbers())))
