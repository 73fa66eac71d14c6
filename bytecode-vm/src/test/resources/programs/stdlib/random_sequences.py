# random: choice, shuffle, sample (pool and set branches, counts=), choices (weights, cum_weights).
import random
random.seed(2024)
[random.choice('abcdefg') for _ in range(15)], random.choice([10, 20, 30]), random.choice(range(10 ** 6))
def shuffled(n, seed):
    random.seed(seed)
    x = list(range(n))
    random.shuffle(x)
    return x
shuffled(10, 1), shuffled(20, 2), shuffled(1, 3), shuffled(0, 4)
sorted(shuffled(500, 5)) == list(range(500)), shuffled(500, 5)[:10]
deck = [r + s for s in 'SHDC' for r in 'A23456789TJQK']
random.seed(7)
hands = [random.sample(deck, 5) for _ in range(4)]
hands
random.seed(8)
random.sample(range(100), 10), random.sample(range(10 ** 9), 8), random.sample('abcdefghij', 10)
random.sample(range(30), 22), random.sample(range(200), 150)[:12], random.sample(range(10 ** 15), 3)
random.sample(['red', 'blue'], 6, counts=[4, 2]), random.sample(range(3), 5, counts=[10, 0, 3])
random.seed(9)
random.choices('abc'), random.choices('abc', k=10), random.choices(range(5), [5, 1, 1, 1, 10], k=12)
random.choices(['win', 'lose', 'draw'], cum_weights=[0.2, 0.7, 1.0], k=8)
random.choices('xy', weights=[0, 1], k=4), random.choices([1.5, 2.5], [0.5, 0.5], k=3)
from collections import Counter
random.seed(10)
sorted(Counter(random.choices('abcd', weights=[1, 2, 3, 4], k=2000)).items())
