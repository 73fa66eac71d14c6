# expect: Warning at 3:13 locals
def f(a, b):
    names = locals()
    return sorted(names)
f(1, 2)
