n = 10
steps = ()
while n > 0:
    steps = steps + (n,)
    n -= 3
steps
n
