import itertools
c = itertools.count(3)
print(repr(c), itertools.count(10, 5), next(c), c, itertools.count(), itertools.count(1.5, 0.5))
print(list(zip(itertools.count(), "abc")), list(itertools.islice(itertools.count(5, -2), 4)))
r = itertools.repeat("x", 3)
print(r, list(r), r, itertools.repeat(7), list(map(pow, range(4), itertools.repeat(2))))
print(len.__module__, print.__module__, sorted.__module__)
print(sum(x for x, _ in zip(itertools.count(), range(100000))))
