list(xrange(5))
list(xrange(1, 10, 3))
sum(xrange(10))
len(xrange(0, 100, 7))
[x * 2 for x in xrange(4)]
