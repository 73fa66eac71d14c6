# expect: SyntaxError at 3:1 multiple starred expressions in assignment
x = 1
a, *b, *c = range(5)
