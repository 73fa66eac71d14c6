e = SyntaxError("m")
print(e.msg, e.filename, e.lineno, e.offset, e.text)
e2 = SyntaxError("bad", ("f.py", 3, 7, "x = (", 3, 8))
print(e2.msg, e2.filename, e2.lineno, e2.offset, repr(e2.text), e2.end_lineno, e2.end_offset, str(e2))
e3 = SyntaxError()
print(e3.msg, e3.lineno)
try:
    compile_error = IndentationError("unexpected indent", ("g.py", 1, 2, " x", 1, 3))
    raise compile_error
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.lineno, err.filename)
