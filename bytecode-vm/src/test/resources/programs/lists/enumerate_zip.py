names = ["a", "b", "c"]
scores = [90, 85, 77]
list(enumerate(names))
list(enumerate(names, 1))
list(zip(names, scores))
[f"{n}:{s}" for n, s in zip(names, scores)]
list(zip(*[(1, "x"), (2, "y")]))
