# random: seeding (ints of any size and sign, str, float), random(), getrandbits, randrange, randint.
import random
random.seed(12345)
[random.random() for _ in range(5)]
random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(0)
random.seed(2 ** 100 + 17)
random.random(), random.randrange(10), random.randrange(-5, 5), random.randrange(0, 100, 7), random.randrange(50, 0, -3)
random.seed(-2 ** 100 - 17)
random.random(), random.randint(1, 6), random.randint(-10 ** 20, 10 ** 20)
def first(seed, n=3):
    random.seed(seed)
    return [random.random() for _ in range(n)]
first(0), first(1), first(-1), first(2 ** 32), first(2 ** 64 - 1)
first(True), first(False), first(0) == first(False), first(5) == first(-5)
first('hello'), first(''), first('é日本\U0001f600'), first('x' * 300, 2)
first(1.5), first(-1.5), first(3.0) == first(3), first(0.1)
random.seed('abc', version=1)
random.random()
random.seed(99)
[random.randrange(1000) for _ in range(20)]
[random.randint(1, 6) for _ in range(30)]
[random.randrange(2 ** 40, 2 ** 41, 3) for _ in range(3)], random.randrange(10 ** 30)
random.getrandbits(64), random.getrandbits(2000) % 10 ** 12
state = random.getstate()
a = [random.random() for _ in range(700)]
random.setstate(state)
b = [random.random() for _ in range(700)]
a == b, a[-1], len(state), state[0], len(state[1]), state[2]
