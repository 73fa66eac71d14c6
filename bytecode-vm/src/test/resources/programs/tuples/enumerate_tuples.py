t = ("a", "b", "c")
tuple(enumerate(t))
tuple(zip(t, range(3), "xyz"))
dict(enumerate(t))
tuple(enumerate(t, 5))
[i * c for i, c in enumerate(t)]
