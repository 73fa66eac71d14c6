def counter(label, n):
    for i in range(n):
        yield f"{label}{i}"
a = counter("a", 3)
b = counter("b", 3)
next(a)
next(b)
next(a)
list(b)
list(a)
