d = {"one": 1, "two": 2, "three": 3}
list(d.keys())
list(d.values())
list(d.items())
sum(d.values())
sorted(d, key=d.get)
[k for k, v in d.items() if v > 1]
