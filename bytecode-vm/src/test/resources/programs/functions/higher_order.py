def apply_twice(f, x):
    return f(f(x))
def compose(f, g):
    return lambda x: f(g(x))
apply_twice(lambda x: x + 3, 1)
compose(str, abs)(-5)
compose(len, str)(12345)
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
apply_n(lambda x: x * 2, 10)(1)
