# expect: SyntaxError at 4:18
def f(x):
    match x:
        case [a, a]:
            return a
