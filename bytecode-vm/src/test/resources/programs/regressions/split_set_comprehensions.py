# Set comprehensions over large ranges split into blocks; the set is filled in
# CPython's order, so iterating it gives CPython's order on any number of cores.
s = {(i * 7919) % 10007 for i in range(100000)}
len(s), list(s)[:10], list(s)[-5:]
t = {str(i % 997) for i in range(50000) if i % 3}
len(t), sorted(t)[:5]
k = 3
u = {(i * k) % 1000 - 500 for i in range(40000)}
list(u)[:20], list(u)[-20:]
v = {x * y for x in range(300) for y in range(200)}
len(v), list(v)[:10]
w = {(i % 50, -(i % 7)) for i in range(30000)}
len(w), list(w)[:8]
def f(n):
    return {1 // (i - 20000) if i < 25000 else i for i in range(n)}
try:
    f(30000)
except ZeroDivisionError as e:
    e
