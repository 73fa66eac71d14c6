# locals(), vars() and dir() without an argument, as CPython gives them: snapshots of the names bound.
def f(a, b=2):
    c = a + b
    return sorted(locals().items()), dir()


print(f(1))
x = 5
print('x' in locals(), sorted(k for k in dir() if not k.startswith('__')), 'f' in vars())


def greet():
    name = "world"
    count = 3
    return "hello {name} x{count}".format(**locals())


print(greet())


def outer():
    shared = 10

    def inner(y):
        z = y + shared
        return sorted(locals())
    unused = 1
    return inner(1), sorted(locals())


print(outer())


def snapshot():
    d = locals()
    e = 5
    d['e'] = 99
    return e, sorted(d), sorted(locals())


print(snapshot())


class K:
    a = 1
    b = a + 1
    names = sorted(locals())


print(K.names)


def gen():
    n = 0
    while n < 2:
        yield sorted(locals().items())
        n += 1


print(list(gen()))


def loop(n):
    t = 0
    for i in range(n):
        t += i
    return t, sorted(vars())


print(loop(100000))
