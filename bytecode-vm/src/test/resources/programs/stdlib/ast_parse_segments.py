import ast
src = '''
# comment
def outer(x,
          y=(1,
             2)):
    """Multi-line
    docstring."""
    z = [
        a for a in range(10)
        if a % 2
    ]
    s = ("implicit"
         "concat")
    é = "ünï"; r = é + "x"
    t = """triple
quoted"""
    return {**z, 'k': [*x, *y]}, lambda: (yield)

@property
@other.deco
class K: pass
x = y = z = 1
a, *b = c
[d, (e, f)] = g
h.i.j = k[1][2] = 3
if a:
    pass
elif b:
    pass
else:
    pass
for i, j in enumerate(x): print(i)
while True:
    break
try:
    pass
except:
    pass
print(not a, a if b else c, a[b:c], a[::], a[...])
n = -5 ** 2
f"plain"
f"{a}{b!s}{c:{d}.{e}}"
rf"raw{x}"
'''
tree = ast.parse(src)
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, annotate_fields=False))
for node in ast.walk(tree):
    if isinstance(node, ast.Name):
        print(node.id, type(node.ctx).__name__, ast.get_source_segment(src, node))
print(ast.get_docstring(tree.body[0]))
print(ast.get_source_segment(src, tree.body[0].body[1], padded=True))
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
for bad in ["x = ", "1 +* 2", "def f():", "x = 1", "return 5", "break", "await x", "yield 1"]:
    for mode in ("exec", "eval"):
        try:
            r = ast.parse(bad, mode=mode)
            print(mode, repr(bad), ast.dump(r))
        except SyntaxError as e:
            print(mode, repr(bad), "SyntaxError", e.msg, e.lineno)
