# Split reductions and comprehensions over iterators the program holds leave them where
# CPython would: used up, or just after the element any()/all() stopped at; := is never split.
def f1():
    it = iter(range(5000))
    a = [x for x in it]
    return len(a), next(it, 'exhausted')
def f2():
    it = iter(list(range(5000)))
    head = next(it)
    rows = [x * 2 for x in it]
    return head, len(rows), rows[:2], next(it, 'done')
def f3():
    it = iter(range(100000))
    found = any(x > 70000 for x in it)
    return found, next(it), next(it)
def f4():
    it = iter(range(100000))
    ok = all(x < 50000 for x in it)
    return ok, next(it)
def f5():
    g = (x > 5000 for x in range(100000))
    return any(g), next(g), next(g)
def f6():
    w = None
    if any((w := x) > 70000 for x in range(100000)):
        return w
def f7():
    t = 0
    out = [t := t + 1 for x in range(5000)]
    return out[-1], t
def f8():
    it = iter(range(10000))
    s = sum(x for x in it)
    return s, next(it, 'end')
def f9():
    m = map(lambda x: x * 2, range(100000))
    return any(v > 1000 for v in m), next(m)
def f10():
    e = enumerate(range(10, 100010))
    return any(i > 3000 for i, v in e), next(e)
def f11():
    it = iter(range(20000))
    return sorted(x % 7 for x in it)[-1], next(it, 'x'), {x % 3 for x in iter(range(5000))}
f1(), f2(), f3(), f4(), f5(), f6(), f7(), f8(), f9(), f10(), f11()
