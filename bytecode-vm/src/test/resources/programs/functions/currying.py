def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
add3 = curry3(lambda a, b, c: a + b + c)
add3(1)(2)(3)
partial = add3("x")("y")
[partial(c) for c in "abc"]
