class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"<{self.x}>"
p = P("z")
f"{p}"
f"{p!r}"
f"{p!s}"
repr(p)
f"{[p, p]}"
