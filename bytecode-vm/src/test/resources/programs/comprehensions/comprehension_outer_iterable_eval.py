n = 3
[i for i in range(n)]
def f():
    m = 4
    return [i * m for i in range(m)]
f()
[[j for j in range(i)] for i in range(n)]
