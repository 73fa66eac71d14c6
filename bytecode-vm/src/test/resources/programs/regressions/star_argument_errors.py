def f(*a): return a
try:
    f(*5)
except TypeError as e:
    m = str(e)
m
try:
    [*5]
except TypeError as e:
    m = str(e)
m
f(*[1, 2], 3, *(4,))
