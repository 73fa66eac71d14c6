list(enumerate("abc"))
list(enumerate("abc", start=1))
list(enumerate([10, 20], -5))
[(i, x) for i, x in enumerate(range(100, 103), 100)]
dict(enumerate("xy", 1))
