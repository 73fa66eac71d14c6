# expect: Warning at 2:16 eval
ev = lambda s: eval(s, {})
ev("3 * 3")
