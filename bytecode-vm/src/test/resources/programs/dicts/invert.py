d = {"a": 1, "b": 2, "c": 3}
{v: k for k, v in d.items()}
dict(zip(d.values(), d.keys()))
{v: k for k, v in {"x": 1, "y": 1}.items()}
len({v: k for k, v in d.items()})
{v: k for k, v in {1: "a", 2: "a", 3: "b"}.items()}
