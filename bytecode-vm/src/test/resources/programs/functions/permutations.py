def perms(v):
    if len(v) <= 1:
        return [v]
    return [[v[i]] + p for i in range(len(v)) for p in perms(v[:i] + v[i + 1:])]
perms([1, 2, 3])
len(perms(list(range(5))))
["".join(p) for p in perms(list("abc"))]
