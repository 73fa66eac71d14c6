x = "global"
def f():
    x = "local"
    return x
def g():
    return x
def h(x):
    return x
f()
g()
h("param")
x
