d = {10: "a", -1: "b", 5: "c", 0: "d"}
list(d)
sorted(d)
d[0]
{k * 2: v for k, v in d.items()}
