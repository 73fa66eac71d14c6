deps = {"app": ("lib", "utils"), "lib": ("core",), "utils": ("core",), "core": (), "tests": ("app",)}
def topo(graph):
    order = ()
    def visit(n, order):
        if n in order:
            return order
        for d in graph[n]:
            order = visit(d, order)
        return order + (n,)
    for n in sorted(graph):
        order = visit(n, order)
    return order
topo(deps)
topo({"a": ("b",), "b": ()})
