def make_ops(n):
    return {"add": lambda x: x + n, "mul": lambda x: x * n, "pow": lambda x: x ** n}
ops = make_ops(3)
{k: f(2) for k, f in ops.items()}
[make_ops(k)["pow"](2) for k in range(5)]
