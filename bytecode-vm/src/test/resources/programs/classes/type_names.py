class Thing: pass
[type(x).__name__ for x in (1, 1.0, "s", [], (), {}, set(), None, True, Thing(), range(1), frozenset())]
type(Thing).__name__
type(3) == int
type(True) is bool
isinstance(True, int)
