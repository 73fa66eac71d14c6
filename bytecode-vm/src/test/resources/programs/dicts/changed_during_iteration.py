d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)

# changing values, not keys, is allowed
d2 = {"a": 1, "b": 2}
for k in d2:
    d2[k] *= 10
print(d2)
# an error once raised, the iterator keeps raising
d3 = {1: 1}
it = iter(d3)
d3[2] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("again:", e)
