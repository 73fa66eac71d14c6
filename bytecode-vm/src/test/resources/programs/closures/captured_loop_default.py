def make():
    return [lambda x, k=k: x * k for k in range(1, 4)]
[f(10) for f in make()]
def make2():
    return [(lambda k: lambda x: x + k)(k) for k in range(3)]
[f(100) for f in make2()]
