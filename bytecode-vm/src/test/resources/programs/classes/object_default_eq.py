class Plain:
    pass
a = Plain()
b = Plain()
a == a
a == b
a != b
[a] == [a]
a in [b, a]
