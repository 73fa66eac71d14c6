# Found by the second differential hunt: builtin dunders called directly, super().__eq__ in a
# tuple subclass, a generator's return value given once, empty dict views are false, copies are
# new objects, a property without a setter refuses assignment.
[1, 2].__eq__([1, 2]), (1,).__ne__((2,)), {1: 2}.__eq__({1: 2}), {1}.__eq__({1}), [1].__eq__(5)
it = iter([1, 2, 3])
it.__next__(), next(it.__iter__()), it.__iter__() is it
class P(tuple):
    def __eq__(self, o):
        return super().__eq__(o)
    __hash__ = tuple.__hash__
p = P((1, 2))
p == p, p == (1, 2), p != (1, 3)
def gen():
    yield 1
    return 'done'
def use():
    g = gen()
    a = next(g)
    try:
        next(g)
    except StopIteration as e:
        b = e.value
    try:
        next(g)
    except StopIteration as e:
        c = e.value
    return a, b, c
use()
bool({}.keys()), bool({}.values()), bool({}.items()), bool({1: 2}.items())
xs = [1, 2]
d = {1: 2}
xs[:] is xs, list(xs) is xs, xs.copy() is xs, d.copy() is d, xs[:] == xs, d.copy() == d
class R:
    def __init__(self):
        self.x = 1
    @property
    def x(self):
        return 5
def mk():
    try:
        return R()
    except AttributeError as e:
        return str(e)
mk()
from functools import partial
from itertools import count
c = count()
list(iter(partial(next, c), 5))
