def check(x):
    assert x < 10, "x too large"
    return x
check(3)
check(30)
