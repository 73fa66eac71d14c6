# random: the real-valued distributions, bit for bit.
import random
random.seed(31337)
random.uniform(1, 10), random.uniform(5.0, -5.0), random.triangular(), random.triangular(0, 10, 8), random.triangular(2, 2, 2)
[random.gauss() for _ in range(5)], random.gauss(100, 15), random.gauss(mu=1.0, sigma=0.0)
[random.normalvariate() for _ in range(3)], random.normalvariate(10.0, 2.0), random.lognormvariate(0.0, 0.5)
[random.expovariate(1.5) for _ in range(3)], random.expovariate(0.01)
random.vonmisesvariate(0.0, 0.0), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(3.0, 500.0)
[random.gammavariate(a, 2.0) for a in (0.3, 1.0, 2.5, 40.0)]
[random.betavariate(a, b) for a, b in ((0.5, 0.5), (2.0, 5.0), (1.0, 1.0), (0.05, 0.05))]
random.paretovariate(2.5), random.weibullvariate(1.0, 1.5), random.weibullvariate(3.0, 0.5)
def mean(xs):
    return sum(xs) / len(xs)
random.seed(5)
round(mean([random.gauss(0, 1) for _ in range(4000)]), 6), round(mean([random.expovariate(2.0) for _ in range(4000)]), 6)
round(mean([random.gammavariate(3.0, 1.0) for _ in range(2000)]), 6), round(mean([random.betavariate(2, 3) for _ in range(2000)]), 6)
max(random.vonmisesvariate(1.0, 2.0) for _ in range(1000)), min(random.paretovariate(1.0) for _ in range(1000))
