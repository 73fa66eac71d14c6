def outer(a):
    b = a + 1
    def inner():
        return (a, b)
    return inner
f = outer(1)
f()
outer(10)()
[outer(i)()[1] for i in range(3)]
