v = [1, 4, 9, 16, 25]
[b - a for a, b in zip(v, v[1:])]
[b - a for a, b in zip(v, v[2:])]
list(zip(v, v[1:], v[2:]))
all(b > a for a, b in zip(v, v[1:]))
[a * b for a, b in zip(v[::2], v[1::2])]
