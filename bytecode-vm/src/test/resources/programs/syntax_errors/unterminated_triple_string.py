# expect: SyntaxError at 3:7
x = 1
doc = """never closed
more text
