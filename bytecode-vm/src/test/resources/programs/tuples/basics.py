t = (1, "a", 2.5)
t
t[1]
t[-1]
len(t)
()
(1,)
tuple()
