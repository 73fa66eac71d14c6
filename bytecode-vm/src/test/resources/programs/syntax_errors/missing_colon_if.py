# expect: SyntaxError at 3:9
x = 3
if x > 2
    y = 1
