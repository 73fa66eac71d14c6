def count():
    i = 0
    while True:
        yield i
        i += 1
list(zip(count(), "xyz"))
list(zip(range(3), count(), count()))
dict(zip("abc", count()))
