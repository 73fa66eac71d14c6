# expect: SyntaxError at 4:13
def f(x):
        y = x + 1
    return y
