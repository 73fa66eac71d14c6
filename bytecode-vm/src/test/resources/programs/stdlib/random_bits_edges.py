# random's generator in Java (_fora_mt): getrandbits at every width, big ranges, state round trips,
# and subclasses whose own random() or getrandbits() the other methods must use
import random
r = random.Random(12345)
print([r.getrandbits(k) for k in (0, 1, 31, 32, 33, 63, 64, 65, 100, 200)])
print([r.randrange(10**30) for _ in range(3)], [r.randrange(2**32 + 5) for _ in range(3)])
print([r.randrange(1, 7) for _ in range(20)], r.random(), r.choice('abcdef'))
state = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(state)
print(a == [r.random() for _ in range(700)])
class Mine(random.Random):
    def random(self):
        return 0.5
m = Mine(3)
print(m.randrange(100), m.random(), m.choice([1, 2, 3]))
class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 1
b = Bits(3)
print(b.randrange(5) if False else 'skip', b.getrandbits(4))
print(random.Random(7).sample(range(1000), 5), random.Random(7).shuffle([1]) is None)
x = list(range(20)); random.Random(9).shuffle(x); print(x)
print(random.Random('seed').random(), random.Random(b'abc').randint(1, 10**12))
