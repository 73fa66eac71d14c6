class K:
    a = 1
    b = a + 1
    c = [a, b]
    d = {x: x * 2 for x in range(b + 1)}
K.b
K.c
K.d
