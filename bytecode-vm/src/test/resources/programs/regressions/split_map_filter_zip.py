def sq(x): return x * x
xs = list(range(30000))
len(list(map(sq, xs)))
sum(map(sq, xs))
list(filter(lambda v: v % 9999 == 0, range(50000)))
list(enumerate(range(20000), 5))[-2:]
max(zip(xs, map(sq, xs)))
g = (x for x in range(20000))
sum(g)
sum(g)
it = map(sq, range(20000))
len(list(it))
list(it)
tuple(x * 2 for x in range(10000))[-1]
sorted((k * 7919) % 10007 for k in range(20000))[:5]
z = list(zip(xs, xs))
z[-1]
