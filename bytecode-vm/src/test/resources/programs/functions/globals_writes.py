globals()["newvar"] = 7
print(newvar)
def setg():
    globals()["other"] = 8
setg()
print(other)
g = globals()
g.update({"a1": 1, "a2": 2})
print(a1 + a2)
for i in range(3):
    g["v%d" % i] = i * i
print(v0, v1, v2)
g.setdefault("sd", "set")
print(sd)
del g["a1"]
try:
    print(a1)
except NameError as e:
    print("NameError", e)
print(g.pop("a2"), "a2" in globals())
def make(name, value):
    def getter():
        return value
    getter.__name__ = name
    globals()[name] = getter
for n in ["alpha", "beta"]:
    make(n, n.upper())
print(alpha(), beta())
def uses_counter():
    return counter + 1
globals()["counter"] = 10
print(uses_counter())
uses_counter.__globals__["counter"] = 20
print(uses_counter(), counter)
locals()["fromlocals"] = 3
print(fromlocals)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
