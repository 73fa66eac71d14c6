# expect: SyntaxError at 7:9
def outer():
    x = 1

    def inner():
        x = 2
        nonlocal x
        return x
    return inner
