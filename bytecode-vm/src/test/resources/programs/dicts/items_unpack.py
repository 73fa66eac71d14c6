d = {"x": 1, "y": 2}
[(k, v) for k, v in d.items()]
[f"{k}={v}" for k, v in d.items()]
"&".join(f"{k}={v}" for k, v in sorted(d.items()))
dict(sorted(d.items(), reverse=True))
