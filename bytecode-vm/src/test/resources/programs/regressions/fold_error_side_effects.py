# An element of a reduction that raises partway: everything before it happened once (its prints,
# its appends), as in CPython, and a fold step that fails earlier raises first.
log = []


def f(x):
    if x % 1000 == 0:
        print("visiting", x)
    log.append(x)
    if x == 2500:
        raise KeyError(x)
    return x


for reducer in (sum, max, min):
    log.clear()
    try:
        reducer(f(x) for x in range(6000))
    except KeyError as e:
        print(reducer.__name__, "KeyError", e, len(log), log[-1])


def g(x):
    if x == 3000:
        raise ValueError("element")
    return "s" if x == 1700 else x


try:
    sum(g(x) for x in range(5000))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)

seen = []


def h(x):
    seen.append(x)
    if x == 4321:
        raise ZeroDivisionError("at 4321")
    return x * 0.5


try:
    sum(h(x) for x in range(10000))
except ZeroDivisionError as e:
    print(e, len(seen), seen[0], seen[-1], sum(seen))
total = sum(h(x) for x in range(4321))
print(total, len(seen))
