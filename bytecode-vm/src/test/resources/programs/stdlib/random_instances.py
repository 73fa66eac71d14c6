# random: independent Random instances, getstate/setstate, subclasses, argument errors.
import random
from random import Random
a = Random(42)
b = Random(42)
c = Random('42')
[a.random() for _ in range(3)] == [b.random() for _ in range(3)], a.random() == c.random()
a.randrange(100), b.randrange(100), c.randrange(100)
r = Random(1)
r.gauss()
st = r.getstate()
st[0], len(st[1]), st[1][-1], st[2]
x1 = [r.gauss() for _ in range(5)]
r2 = Random(999)
r2.setstate(st)
x2 = [r2.gauss() for _ in range(5)]
x1 == x2, x1
random.seed(77)
g = random.getstate()
random.random(), Random(77).random(), random.Random(77).getstate() == g
class Dice(Random):
    def __init__(self, sides, seed):
        super().__init__(seed)
        self.sides = sides
    def roll(self, n):
        return [self.randint(1, self.sides) for _ in range(n)]
d = Dice(20, 3)
d.roll(10), d.sides, isinstance(d, Random)
class Coarse(Random):
    def random(self):
        return round(super().random(), 3)
k = Coarse(5)
[k.random() for _ in range(4)], [k.randrange(1000) for _ in range(5)], k.choice('abcdef')
class MyBits(Random):
    def getrandbits(self, n):
        return super().getrandbits(n)
m = MyBits(5)
r5 = Random(5)
[m.randrange(1000) for _ in range(5)] == [r5.randrange(1000) for _ in range(5)], m.getrandbits(40), r5.getrandbits(40)
def err(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        return type(e).__name__, str(e)
r = Random(0)
err(r.randrange, 0), err(r.randrange, 5, 5), err(r.randrange, 1.5), err(r.randrange, 0, 10, 0), err(r.randrange, 0, 2.5)
err(r.randrange, 10, None, 2), err(r.randrange, 0, 10, 1.5), err(r.randint, 3, 1), err(r.getrandbits, -1), err(r.getrandbits, 2.0)
err(r.choice, []), err(r.sample, [1, 2], 3), err(r.sample, {1, 2}, 1), err(r.sample, 'ab', 1, counts=[1]), err(r.sample, 'ab', 1, counts=[0, 0])
err(r.choices, 'abc', 3), err(r.choices, 'abc', [1, 2]), err(r.choices, 'ab', [1, 1], cum_weights=[1, 2]), err(r.choices, 'ab', [0, 0])
err(r.gammavariate, 0.0, 1.0), err(r.seed, [1, 2]), err(r.setstate, (4, (), None)), err(r.setstate, (3, (1, 2), None))
r.randrange(10.0), r.randrange(2.0, 12.0, 2)
