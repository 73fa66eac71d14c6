def named(a, b):
    return a
named.__name__
(lambda: 0).__name__
def outer():
    def inner():
        pass
    return inner
outer().__name__
