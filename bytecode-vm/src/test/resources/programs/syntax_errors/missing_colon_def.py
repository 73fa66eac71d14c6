# expect: SyntaxError at 2:12
def f(a, b)
    return a + b
