# Elements of split reductions that write a list made before the split: the split is abandoned
# and the elements computed in order, so every write happens once, in CPython's order (also when
# the pieces were sent to another machine and came back undone).
def run(n):
    seen = []

    def note(x):
        if x % 3001 == 0:
            seen.append(x)
        return x % 17

    a = sum(note(x) for x in range(n))
    b = list(note(x) for x in range(n))
    c = [note(x) for x in range(n)]
    d = max(note(x) for x in range(n))
    e = any(note(x) > 100 for x in range(n))
    return a, len(b), sum(c), d, e, seen


print(run(20000))


def counts(n):
    hist = {}

    def bump(x):
        k = x % 5
        hist[k] = hist.get(k, 0) + 1
        return k

    total = sum(bump(x) for x in range(n))
    return total, sorted(hist.items())


print(counts(15000))
