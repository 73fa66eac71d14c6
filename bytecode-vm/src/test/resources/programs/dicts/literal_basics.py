d = {"a": 1, "b": 2, "c": 3}
d
d["b"]
len(d)
"a" in d
1 in d
{}
{1: "one", 2.5: "x", (1, 2): "t", None: 0, True: "t"}
