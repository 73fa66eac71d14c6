type(1)
type("s")
type([])
type(None)
type(1.5).__name__
type(type(1)).__name__
type(lambda: 0).__name__
