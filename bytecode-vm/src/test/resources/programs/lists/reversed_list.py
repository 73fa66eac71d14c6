v = [1, 2, 3, 4]
list(reversed(v))
v
[x * 2 for x in reversed(v)]
list(reversed([]))
tuple(reversed(v[1:3]))
