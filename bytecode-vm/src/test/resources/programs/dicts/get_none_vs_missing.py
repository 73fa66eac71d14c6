d = {"a": None}
"a" in d
d.get("a") is None
d.get("b") is None
d.get("a", "dflt")
d.get("b", "dflt")
