# A safe arithmetic evaluator over ast, the way people write one: parse in 'eval' mode, walk the
# tree with a dispatch table, refuse everything else with a clear message.
import ast
import math
import operator

BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
          ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
          ast.Pow: operator.pow}
UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}
FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "round": round}


class Evaluator(ast.NodeVisitor):
    def __init__(self, names):
        self.names = names

    def visit_Expression(self, node):
        return self.visit(node.body)

    def visit_Constant(self, node):
        if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return node.value
        raise ValueError(f"constant {node.value!r} not allowed")

    def visit_Name(self, node):
        try:
            return self.names[node.id]
        except KeyError:
            raise NameError(f"unknown variable {node.id!r} at column {node.col_offset}") from None

    def visit_BinOp(self, node):
        op = BINARY.get(type(node.op))
        if op is None:
            raise ValueError(f"operator {type(node.op).__name__} not allowed")
        return op(self.visit(node.left), self.visit(node.right))

    def visit_UnaryOp(self, node):
        return UNARY[type(node.op)](self.visit(node.operand))

    def visit_Call(self, node):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCS or node.keywords:
            raise ValueError(f"call not allowed: {ast.unparse(node)}")
        return FUNCS[node.func.id](*[self.visit(a) for a in node.args])

    def generic_visit(self, node):
        raise ValueError(f"{type(node).__name__} not allowed")


def evaluate(text, **names):
    tree = ast.parse(text, mode="eval")
    return Evaluator(names).visit(tree)


def variables(text):
    return sorted({n.id for n in ast.walk(ast.parse(text, mode="eval")) if isinstance(n, ast.Name)} - set(FUNCS))


for text in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 10 // 7 % 5", "-x + y / 4", "sqrt(x * x + y * y)",
             "max(a, b, 3) - min(1, 2)", "round(3.14159 * r ** 2, 3)", "x < y", "__import__('os')",
             "x.real", "'s' * 3", "1 +", "unknown * 2", "abs(-7) + 10 / 4", "x if y else 0"]:
    try:
        print(f"{text:28} = {evaluate(text, x=3, y=4, a=5, b=8, r=2):>10}   uses {variables(text)}")
    except (ValueError, NameError) as e:
        print(f"{text:28} ! {type(e).__name__}: {e}")
    except SyntaxError as e:
        print(f"{text:28} ! SyntaxError: {e.msg} (line {e.lineno})")

# rewriting: constant folding with a NodeTransformer, then back to source
class Fold(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant) and type(node.op) in BINARY:
            return ast.copy_location(ast.Constant(BINARY[type(node.op)](node.left.value, node.right.value)), node)
        return node


for text in ["x * (2 + 3) - 4 * 5", "(1 + 2) * (y - 3 * 3)", "2 ** 3 ** 2 + z"]:
    tree = Fold().visit(ast.parse(text, mode="eval"))
    print(f"{text:24} -> {ast.unparse(tree)}")
