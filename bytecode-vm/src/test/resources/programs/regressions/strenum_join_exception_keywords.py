from enum import StrEnum, Enum
class C(StrEnum):
    A = "a"
    B = "b"
class S(str):
    pass
print("-".join(C), ", ".join([S("x"), "y"]), type("".join([S("z")])).__name__, "".join([S("z")]))
class M(str, Enum):
    X = "ex"
print("+".join([M.X, "q"]))
try:
    "-".join([1])
except TypeError as e:
    print(e)
try:
    compile_me = 1
    raise SyntaxError("bad", ("f.py", 3, 4, "x = (", 3, 5))
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.text, e.filename)
e = ImportError("m", name="n"); print(e.msg, e.name, e.path)
e = NameError("m", name="q"); print(e.name)
try:
    ValueError("x", name=1)
except TypeError as t:
    print(t)
