# expect: SyntaxError at 3:4
a = 1
    b = 2
