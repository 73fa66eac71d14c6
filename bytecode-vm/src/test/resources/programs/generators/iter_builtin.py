it = iter("abc")
next(it)
list(it)
it2 = iter([10, 20])
[next(it2), next(it2), next(it2, -1)]
list(iter(range(3)))
