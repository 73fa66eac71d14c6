# expect: SyntaxError at 6:19
def f(**k):
    return k


print(f(a=1, b=2, a=3))
