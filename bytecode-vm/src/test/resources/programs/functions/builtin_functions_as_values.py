funcs = [abs, str, len, lambda x: x]
[f.__name__ for f in funcs]
[f(-3) if f is not len else f("abc") for f in funcs]
pick = {True: max, False: min}
[pick[b](3, 9, 1) for b in (True, False)]
list(map(str.upper, ["a", "b"]))
