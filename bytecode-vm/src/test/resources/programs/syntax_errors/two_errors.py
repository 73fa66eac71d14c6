# expect: SyntaxError at 3:5
# expect: SyntaxError at 6:8
x = = 1
y = 2
z = 3
def g()
    return z
