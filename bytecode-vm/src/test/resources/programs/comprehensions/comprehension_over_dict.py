d = {"x": 1, "y": 2, "z": 3}
[k for k in d]
[v for v in d.values()]
{k.upper(): v * 10 for k, v in d.items()}
[k for k, v in d.items() if v % 2]
