d = {"b": 2, "a": 1, "c": 3}
keys = ""
for k in d:
    keys += k
keys
total = 0
for k, v in d.items():
    total += v * len(k)
total
