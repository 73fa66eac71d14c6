# expect: SyntaxError at 3:5
def f(a):
    global a
    return a
