# expect: SyntaxError at 2:7
def f(:
    pass
