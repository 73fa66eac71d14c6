# expect: SyntaxError at 2:9 multiple starred expressions in assignment
for *a, (*b, *c) in []:
    pass
