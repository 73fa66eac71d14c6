# itertools.groupby as CPython's C code: lazy, a group is over once the next key is asked for, a key function's StopIteration ends it
import itertools
print([(k, list(g)) for k, g in list(itertools.groupby("aabbc"))])
print([(k, list(g)) for k, g in itertools.groupby("aabbcaa")])
print([k for k, g in itertools.groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, len(list(g))) for k, g in itertools.groupby(range(10), lambda x: x // 3)])
print(list(itertools.groupby([])))
it = itertools.groupby("aaabbb")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print(type(itertools.groupby("")).__name__)
def g(x):
    if x == 3:
        raise StopIteration
    return x % 2
print([(k, list(grp)) for k, grp in itertools.groupby([1, 1, 2, 3, 4], g)])
pairs = sorted([("b", 2), ("a", 1), ("a", 3), ("b", 4)])
print({k: [v for _, v in grp] for k, grp in itertools.groupby(pairs, key=lambda p: p[0])})
