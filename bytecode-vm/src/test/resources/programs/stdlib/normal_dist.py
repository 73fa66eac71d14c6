# statistics.NormalDist, as CPython's: densities, the CDF and its inverse, arithmetic, samples.
from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.cdf(130), iq.pdf(100), iq.inv_cdf(0.975), iq.zscore(85), iq.mean, iq.stdev, iq.variance)
print([round(x, 6) for x in iq.quantiles(10)], iq.quantiles())
for p in (1e-300, 1e-10, 0.01, 0.02425, 0.3, 0.5, 0.575, 0.9, 0.99999, 1 - 1e-12):
    print(p, NormalDist().inv_cdf(p))
a, b = NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)
print(a.overlap(b), b.overlap(a), a.overlap(NormalDist(2.4, 1.6)), a.overlap(NormalDist(5, 1.6)))
print(a + b, a - b, a * 3, a / 2, 10 - a, -a, +a, 2 * a, a + 1, a == NormalDist(2.4, 1.6), hash(a) == hash(NormalDist(2.4, 1.6)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print([round(x, 9) for x in NormalDist(10, 2).samples(4, seed=42)])
for bad in (lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).cdf(1), lambda: NormalDist().inv_cdf(1.0), lambda: a.overlap(1)):
    try:
        bad()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
