# expect: SyntaxError at 4:14
def f(x):
    match x:
        case y:
            return 1
        case 2:
            return 2
