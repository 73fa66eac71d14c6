g = (x for x in [1])
next(g, 0)
next(g, 0)
next(g, None) is None
next(iter([]), "empty")
