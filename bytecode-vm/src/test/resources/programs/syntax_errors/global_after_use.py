# expect: SyntaxError at 7:5
x = 1


def f():
    print(x)
    global x
    x = 2
