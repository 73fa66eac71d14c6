def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r
fact(20)
fact(21)
fact(30)
len(str(fact(100)))
