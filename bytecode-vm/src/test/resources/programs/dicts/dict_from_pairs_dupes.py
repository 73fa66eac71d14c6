pairs = [("a", 1), ("b", 2), ("a", 3)]
dict(pairs)
{k: v for k, v in pairs}
{k: v for k, v in reversed(pairs)}
len(dict(pairs))
dict(pairs) == {"a": 3, "b": 2}
