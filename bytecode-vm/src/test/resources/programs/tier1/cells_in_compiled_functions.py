# functions with cells of their own (variables an inner function, lambda or generator expression
# closes over), called often enough for tier 1: every read, write and closure as in CPython


def counter(start):
    count = start  # a cell: inc rebinds it

    def inc(by=1):
        nonlocal count
        count += by
        return count

    return inc


def scaled_sum(xs, k):
    # k is a parameter that is also a cell (the generator expression reads it)
    return sum(x * k for x in xs)


def adders(n):
    # late binding: every lambda sees the loop variable's last value; the default binds it now
    late = [lambda: i for i in range(n)]
    early = [lambda i=i: i for i in range(n)]
    return [f() for f in late], [f() for f in early]


def rebinding(n):
    total = 0
    step = 1

    def bump():
        nonlocal total
        total += step

    for i in range(n):
        if i % 10 == 0:
            step = i  # the closure sees the new value
        bump()
    return total


def unbound(flag):
    if flag:
        v = 'set'

    def read():
        return v

    try:
        return read()
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)


def early_read():
    try:
        print(w)
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    w = 1

    def g():
        return w

    return g()


def deleted():
    x = 5

    def f():
        return x

    del x
    try:
        return f()
    except NameError as e:
        return 'NameError: ' + str(e)


def annotated(a: int, b: str = 'b') -> str:
    def inner(c: float = 1.5, *, d: int = 4) -> tuple:
        return (a, b, c, d)

    return inner, inner.__annotations__, inner.__defaults__, inner.__kwdefaults__


def make_gens(n):
    base = n * 10
    gens = [(base + j for j in range(3)) for _ in range(2)]
    return [list(g) for g in gens]


def main():
    c = counter(5)
    out = []
    for i in range(200):
        out.append(c(i % 3))
    print(out[-5:], c())
    print([scaled_sum(range(i), 3) for i in range(0, 60, 7)])
    print(adders(4))
    print([rebinding(n) for n in (0, 5, 31, 100)])
    print(unbound(True), unbound(False))
    print(early_read())
    print(deleted())
    f, ann, dflt, kwd = annotated(1)
    print(f(), f(2.5, d=9), ann, dflt, kwd)
    print(make_gens(3))
    acc = []
    for i in range(150):
        r = rebinding(i)
        if i % 37 == 0:
            acc.append(r)
    print(acc)


for _ in range(3):
    main()
