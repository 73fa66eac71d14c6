# expect: SyntaxError at 2:4 cannot assign to True
x, True = 1, 2
