d = {"a": 1, "b": 2}
sorted(d.keys()) == ["a", "b"]
list(d.items()) == [("a", 1), ("b", 2)]
("a", 1) in d.items()
1 in d.values()
len(d.keys())
