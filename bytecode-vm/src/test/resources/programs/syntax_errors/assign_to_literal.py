# expect: SyntaxError at 3:1
x = 2
1 = x
