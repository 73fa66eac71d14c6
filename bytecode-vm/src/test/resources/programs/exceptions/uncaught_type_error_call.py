def f(a, b):
    return a * b
f(2, 3)
f("ab", 2)
f(b=4, a=1)
f(2)
