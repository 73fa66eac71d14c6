# a StopIteration raised by map's, filter's or itertools' function ends the iteration, as CPython's C iterators pass it on
def f(x):
    if x == 2:
        raise StopIteration
    return x
print(list(map(f, [1, 2, 3])))
for x in filter(f, [1, 2, 3]):
    print(x)
print(sum(map(f, [5, 2, 7])), sorted(map(f, [3, 1, 2, 0])), tuple(filter(f, [1, 2])))
m = map(f, [1, 2, 3])
print(next(m))
try:
    next(m)
except StopIteration:
    print("stop")
print(next(m))
import itertools
def f(a, b=None):
    raise StopIteration
def g(x):
    if x == 3:
        raise StopIteration
    return x % 2
print(list(itertools.accumulate([1, 2, 3], f)))
print(list(itertools.takewhile(lambda x: f(x, x), [1, 2])))
print(list(itertools.takewhile(lambda x: g(x) is not None, [1, 2, 3, 4])))
print(list(itertools.dropwhile(g, [1, 3, 4])), list(itertools.dropwhile(lambda x: x < 2, [1, 2, 3])))
print(list(itertools.filterfalse(g, [0, 1, 2, 3, 4])))
print(list(itertools.starmap(lambda a, b: g(a + b), [(0, 1), (1, 1), (1, 2), (0, 0)])))
print([(k, list(grp)) for k, grp in itertools.groupby([1, 1, 2, 3, 4], g)])
