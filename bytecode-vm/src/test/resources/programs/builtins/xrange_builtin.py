list(xrange(3))
list(xrange(10, 0, -4))
[i * i for i in xrange(5)]
sum(xrange(1, 101))
len(xrange(1000))
