# Iterators made of iterators: a map of a map of ... 40 deep is as quick as one (each level asked its
# length once); reversed() of a list reads the list as it is at each step.
m = range(3)
for k in range(40):
    m = map(abs, m)
print(list(m))
z = zip(range(5), range(5))
for k in range(30):
    z = map(lambda t: t, z)
print(list(z))
e = range(4)
for k in range(30):
    e = filter(None, e)
print(list(e), sum(map(lambda x: x * 2, map(abs, range(-50000, 50000)))))
l = [0, 1, 2, 3, 4]
r = reversed(l)
print(next(r), r.__length_hint__())
l.pop(); l.pop()
print(list(r))
l = [0, 1, 2, 3, 4]
r = reversed(l)
next(r)
l.append(9)
l[0] = 100
print(list(r), list(reversed([])), type(reversed([])).__name__)


class Meta(type):
    def __getattr__(cls, name):
        return 'meta ' + name


class W(metaclass=Meta):
    x = 1


print(W.anything, W.x, getattr(W, 'other'), hasattr(W, 'y'))
