f = frozenset({1, 2, 3})
g = frozenset({3, 4})
f | g
f & g
f - g
f ^ g
type(f | g).__name__
type({1} | f).__name__
