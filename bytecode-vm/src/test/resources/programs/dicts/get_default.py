d = {"a": 1, "b": None}
d.get("a")
d.get("z")
d.get("z", 0)
d.get("b", 5)
[d.get(k, -1) for k in "abc"]
