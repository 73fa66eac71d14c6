f = frozenset([3, 1, 2])
f
frozenset()
frozenset(range(5)) | {10}
{10} | frozenset(range(5))
f == {1, 2, 3}
frozenset({1}) in {frozenset({1}), frozenset({2})}
