# expect: SyntaxError at 2:12
total = sum([1, 2, 3]
result = total * 2
