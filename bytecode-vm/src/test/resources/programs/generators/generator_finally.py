def g():
    try:
        yield 1
        yield 2
    finally:
        yield "cleanup"
list(g())
def h(n):
    for i in range(n):
        try:
            if i == 1:
                continue
            yield i
        finally:
            pass
list(h(4))
