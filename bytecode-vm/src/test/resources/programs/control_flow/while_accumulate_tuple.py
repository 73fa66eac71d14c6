fibs = (0, 1)
while fibs[-1] < 100:
    fibs = fibs + (fibs[-1] + fibs[-2],)
fibs
len(fibs)
