# expect: SyntaxError at 2:12
greeting = "hello
name = "x"
