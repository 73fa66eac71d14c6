t = tuple(range(10))
t[2:6]
t[::-2]
t[:0]
t[5:]
type(t[1:3]).__name__
