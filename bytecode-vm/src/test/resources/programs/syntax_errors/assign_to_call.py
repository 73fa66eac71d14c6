# expect: SyntaxError at 4:1
def f():
    return 1
f() = 2
