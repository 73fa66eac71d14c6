# random: seeded simulations built on the module functions.
import random
from random import Random
def estimate_pi(n, seed):
    rng = Random(seed)
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    return 4 * inside / n
estimate_pi(20000, 1), estimate_pi(20000, 2)
def walk(steps, seed):
    rng = Random(seed)
    pos = 0
    far = 0
    for _ in range(steps):
        pos += rng.choice((-1, 1))
        far = max(far, abs(pos))
    return pos, far
walk(5000, 'walk'), walk(5000, 11)
def dice_histogram(n, seed):
    rng = Random(seed)
    counts = {}
    for _ in range(n):
        s = rng.randint(1, 6) + rng.randint(1, 6)
        counts = {**counts, s: counts.get(s, 0) + 1}
    return sorted(counts.items())
dice_histogram(3000, 6)
def queue_sim(customers, seed):
    rng = Random(seed)
    t = 0.0
    free_at = 0.0
    waits = []
    for _ in range(customers):
        t += rng.expovariate(1.0)
        start = max(t, free_at)
        waits = waits + [start - t]
        free_at = start + rng.expovariate(1.2)
    return round(sum(waits) / len(waits), 9), round(max(waits), 9)
queue_sim(2000, 3)
def bootstrap(data, rounds, seed):
    rng = Random(seed)
    means = sorted(sum(rng.choices(data, k=len(data))) / len(data) for _ in range(rounds))
    return means[rounds // 40], means[rounds - 1 - rounds // 40]
bootstrap([2.5, 3.1, 4.7, 1.2, 5.5, 3.3, 2.8, 4.1, 3.9, 2.2], 400, 21)
random.seed(4)
people = ['ana', 'bo', 'cy', 'di', 'ed', 'flo']
pairs = random.sample(people, len(people))
list(zip(pairs[::2], pairs[1::2])), random.getrandbits(48)
