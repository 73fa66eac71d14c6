import sys
def nest(n, make):
    v = make(None)
    for _ in range(n - 1):
        v = make(v)
    return v
for kind, make in [("list", lambda v: [v]), ("dict", lambda v: {"k": v}), ("tuple", lambda v: (v, 1))]:
    for depth in (100, 900, 5000):
        v = nest(depth, make)
        try:
            print(kind, depth, len(repr(v)), len(str(v)))
        except RecursionError as e:
            print(kind, depth, "RecursionError", e)
def deeper(n):
    if n == 0:
        try:
            return len(repr(nest(700, lambda v: [v])))
        except RecursionError:
            return "RecursionError"
    return deeper(n - 1)
print(deeper(200), deeper(500))
l = [1]
l.append(l)
print(l, repr([l, (l,)]))
