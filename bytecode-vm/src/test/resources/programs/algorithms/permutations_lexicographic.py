def next_perm(v):
    i = len(v) - 2
    while i >= 0 and v[i] >= v[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(v) - 1
    while v[j] <= v[i]:
        j -= 1
    w = v[:i] + (v[j],) + v[i + 1:j] + (v[i],) + v[j + 1:]
    return w[:i + 1] + w[i + 1:][::-1]
p = (1, 2, 3)
out = []
while p is not None:
    out = out + [p]
    p = next_perm(p)
out
next_perm((3, 2, 1))
next_perm((1, 3, 2))
next_perm((2, 3, 1))
next_perm(tuple("abdc"))
