def vals():
    yield 3
    yield -1
    yield 4
    yield 1
sorted(vals())
max(vals())
min(vals(), key=abs)
list(reversed(list(vals())))
tuple(vals())
set(vals())
any(v < 0 for v in vals())
all(v < 5 for v in vals())
dict(enumerate(vals()))
