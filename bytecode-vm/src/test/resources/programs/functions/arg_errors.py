def f(a, b):
    return a + b
def call(*args, **kw):
    try:
        return f(*args, **kw)
    except TypeError as e:
        return type(e).__name__
call(1, 2)
call(1)
call(1, 2, 3)
call(1, c=2)
call(1, a=2)
