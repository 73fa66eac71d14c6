def cycle_len(x, f):
    seen = frozenset()
    steps = 0
    while x not in seen:
        seen = seen | {x}
        x = f(x)
        steps += 1
    return steps
cycle_len(1, lambda v: (v * 7) % 11)
cycle_len(2, lambda v: (v * v + 1) % 50)
