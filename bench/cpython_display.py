"""Runs a program under CPython showing top-level expression values as `fora run` does."""
import ast
import sys

path = sys.argv[1]
tree = ast.parse(open(path).read(), path)
for i, node in enumerate(tree.body):
    if isinstance(node, ast.Expr):
        tree.body[i] = ast.Expr(ast.Call(ast.Name("__show", ast.Load()), [node.value], []))
ast.fix_missing_locations(tree)
def __show(v):
    if v is not None:
        print(repr(v))
exec(compile(tree, path, "exec"), {"__show": __show, "__name__": "__main__"})
