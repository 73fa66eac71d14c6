# A dict changed under an iterator, as CPython's iterators see it: the size checked at each step,
# and a delete plus an insert (the same size) noticed when more keys turn up than it had.
d = {1: 1, 2: 2}
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(seen, d)

d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        print("key", k)
        d.pop(k)
        d[k * 10] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)

# the size error stays, even once the size is back
d = {1: 1}
it = iter(d)
d[2] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
del d[2]
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)

# a key deleted ahead of the iterator and another added: the deleted one is not seen
d = {"a": 1, "b": 2, "c": 3}
out = []
try:
    for k, v in d.items():
        out.append((k, v))
        if k == "a":
            del d["b"]
            d["z"] = 26
except RuntimeError as e:
    print("RuntimeError:", e)
print(out)

# values and items views behave alike
d = {i: i * i for i in range(4)}
try:
    for v in d.values():
        d.pop(min(d))
        d[100 + v] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(sorted(d.items()))

# an empty dict pops without hashing the key
print({}.pop([1], "default"))
try:
    {}.pop([1])
except KeyError as e:
    print("KeyError:", e)
try:
    {1: 2}.pop([1], None)
except TypeError as e:
    print("TypeError:", e)
