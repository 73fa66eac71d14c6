# expect: Warning at 3:12 eval
def calc(expr):
    return eval(expr)
calc("1 + 2")
