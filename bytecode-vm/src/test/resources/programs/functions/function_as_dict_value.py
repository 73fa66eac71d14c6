ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
[ops[o](12, 4) for o in "+-*/"]
def calc(expr):
    a, o, b = expr.split()
    return ops[o](int(a), int(b))
calc("6 * 7")
calc("1 - 10")
