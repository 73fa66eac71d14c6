def fib_table(n):
    t = {0: 0, 1: 1}
    for i in range(2, n + 1):
        t = {**t, i: t[i - 1] + t[i - 2]}
    return t
fib_table(10)
fib_table(60)[60]
len(fib_table(30))
