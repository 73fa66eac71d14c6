# expect: SyntaxError at 4:14
def f(x):
    match x:
        case {1: a, 1: b}:
            return a
