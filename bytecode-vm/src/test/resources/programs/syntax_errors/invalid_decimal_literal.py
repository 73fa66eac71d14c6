# expect: SyntaxError at 2:5
n = 1abc
