# Iterators over sequences tell how many values remain.
for it in (iter([1, 2, 3]), iter((1,)), iter(range(10)), iter("abc"), iter("héllo"), iter(b"xy")):
    next(it)
    print(type(it).__name__, it.__length_hint__())
