# random.SystemRandom: the Random API without state (its draws come from the OS in CPython, so
# only their properties are printed)
import random

r = random.SystemRandom()
print(isinstance(r, random.Random), type(r).__name__, 'SystemRandom' in random.__all__)
print(sorted(r.sample(range(5), 5)) == [0, 1, 2, 3, 4])
xs = [r.random() for _ in range(200)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 190)
print(all(1 <= r.randint(1, 6) <= 6 for _ in range(100)), r.choice('abc') in 'abc')
print(0 <= r.getrandbits(10) < 1024, len(r.randbytes(7)), 0 <= r.randrange(0, 100, 5) < 100)
deck = list(range(10))
r.shuffle(deck)
print(sorted(deck) == list(range(10)))
print(r.seed(12345))
for name in ('getstate', 'setstate'):
    try:
        getattr(r, name)() if name == 'getstate' else r.setstate(None)
    except NotImplementedError as e:
        print(name, 'NotImplementedError:', e)
print(random.SystemRandom().random() != random.SystemRandom().random())
# the module's own sequence is not disturbed by a SystemRandom
random.seed(7)
a = random.random()
random.seed(7)
random.SystemRandom().random()
print(random.random() == a)
