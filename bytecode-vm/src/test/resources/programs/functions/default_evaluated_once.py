calls = (0,)
def make_default():
    return len(calls) * 100
def f(x=make_default()):
    return x
f()
calls = calls + (1,)
f()
f(5)
def g(v=[]):
    return v + [1]
g()
g()
