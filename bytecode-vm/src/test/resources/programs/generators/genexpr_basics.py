g = (x * x for x in range(5))
type(g).__name__
list(g)
list(g)
sum(x for x in range(101))
max(len(w) for w in ["a", "abc", "ab"])
