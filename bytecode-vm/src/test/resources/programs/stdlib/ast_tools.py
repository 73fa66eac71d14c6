import ast
src = '''
"""Module doc."""
import os
x = 1
def f(a: int = 1, *, b) -> None:
    """Doc
    more."""
    def g():
        return (yield x + 1)
    y = [*a, *b]
    return {'a': f"{x!r:>10} {{y}}", **d}
class C:
    """C doc"""
    z = 2
    @staticmethod
    def h(): pass
print(f(1, b=2))
x = a if b else c
y = (a, b) if c else d
for i in range(3):
    if i: continue
    else: break
else:
    pass
t = a, = b
s = x[1:2:3, :]
v = not x == y
w = -x ** -y
q = (a, b)[0]
lam = lambda: 0
lam2 = lambda *a, **k: (a, k)
print(*args, sep="")
async def co():
    await asyncio.sleep(1)
    async with lock:
        return [i async for i in ait()]
'''
print(ast.unparse(ast.parse(src)))
print(ast.unparse(ast.parse("(a + b) * c")))
print(ast.unparse(ast.parse("x = yield a + b", mode="exec")))
print(ast.unparse(ast.Name(id='q')), ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2))))
tree = ast.parse("a + b * c")
class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.BinOp(node.right, ast.Sub(), node.left)
        return node
print(ast.unparse(Swap().visit(tree)))
class Count(ast.NodeVisitor):
    def __init__(self): self.n = {}
    def generic_visit(self, node):
        self.n[type(node).__name__] = self.n.get(type(node).__name__, 0) + 1
        super().generic_visit(node)
c = Count(); c.visit(ast.parse(src)); print(sorted(c.n.items()))
print(ast.literal_eval("[1, -2.5, (3, None), {'a': {1, 2}}, b'x', 1+2j, -3-4j, ...]"))
print(ast.literal_eval("  {'k': (True, False)}"), ast.literal_eval(ast.parse("set()", mode="eval")))
for bad in ["a + 1", "f(x)", "[1, x]", "1 + 1", "{**a}", "(1 if x else 2)", "-'s'"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
n = ast.parse("x = 1\ny = 2")
n2 = ast.increment_lineno(n, 3)
print([s.lineno for s in n2.body], [s.end_lineno for s in n2.body])
new = ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Constant('hi')], []))
print(hasattr(new, 'lineno'))
ast.fix_missing_locations(new)
print(new.lineno, new.col_offset, new.value.func.lineno, new.end_lineno)
m = ast.Module(body=[new], type_ignores=[])
print(ast.dump(m))
print(ast.copy_location(ast.Name('z', ast.Load()), n.body[0]).lineno)
print(isinstance(ast.Constant(5), ast.Num), isinstance(ast.Constant('s'), ast.Num), isinstance(ast.Constant(True), ast.Num), type(ast.Num(5)).__name__)
print([k for k, v in ast.iter_fields(ast.parse("x").body[0])], [type(c).__name__ for c in ast.iter_child_nodes(ast.parse("a+b").body[0].value)])
print(ast.BinOp.__match_args__, ast.Name._fields, ast.expr._attributes, issubclass(ast.Name, ast.expr), ast.AST in ast.Name.__mro__)
match ast.parse("x + 1", mode="eval").body:
    case ast.BinOp(left=ast.Name(id=name), op=ast.Add(), right=ast.Constant(value=v)):
        print("matched", name, v)
try:
    ast.Name('a', ast.Load(), 3)
except TypeError as e:
    print(e)
print(ast.dump(ast.Name('x')), ast.dump(ast.Constant(value=None)), ast.dump(ast.Return()), ast.dump(ast.Module([], [])))
import copy
t2 = copy.deepcopy(ast.parse("a = [1, 2]"))
print(ast.dump(t2), t2.body[0].lineno)
