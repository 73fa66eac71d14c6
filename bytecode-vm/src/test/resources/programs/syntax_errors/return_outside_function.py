# expect: SyntaxError at 3:1
x = 5
return x
