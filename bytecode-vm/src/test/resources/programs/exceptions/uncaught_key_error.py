aliases = {"x": "y"}
sorted(aliases)
d = {"a": 1, "b": 2}
d["a"]
d["x"]
