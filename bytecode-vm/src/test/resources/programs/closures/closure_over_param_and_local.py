def outer(base):
    factor = base * 2
    def inner(v):
        return v * factor + base
    return inner
outer(3)(1)
outer(0)(99)
[outer(b)(10) for b in range(4)]
