# expect: Warning at 2:5 compile
c = compile("1 + 1", "<s>", "eval")
c
