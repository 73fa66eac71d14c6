import statistics as st
from fractions import Fraction as F
import random

st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([F(1, 3), F(2, 3), 1]), st.mean(iter([1.5, 2.5]))
st.mean([1, 2.5]), st.mean([True, 3])
st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2, 3], weights=[0.25, 0.25, 0.5])
st.geometric_mean([54, 24, 36]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30])
st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median([1.5, 2]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7])
st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.multimode('aabbbbccddddeeffffgg'), st.multimode([])
st.variance([2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]), st.variance([1, 2, 3, 4]), st.variance([1, 3, 5]), st.variance([F(1, 6), F(1, 2), F(5, 3)])
st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.pvariance([1, 2, 3, 4]), st.pvariance([1, 2, 3], mu=2)
st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9])
st.stdev([F(1, 3), F(2, 7), F(5, 2)]), st.stdev([1e300, 2e300, 3e300]), st.pstdev([1e-300, 3e-300])
rng = random.Random(42)
xs = [rng.gauss(10, 3) for _ in range(200)]
st.mean(xs), st.variance(xs), st.stdev(xs), st.pstdev(xs), st.median(xs), st.fmean(xs)
ints = [rng.randrange(1000) for _ in range(101)]
st.mean(ints), st.variance(ints), st.stdev(ints), st.pvariance(ints), st.median(ints)
st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10)
st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4, method='inclusive'), st.quantiles([1.5, 2.5, 9.0], n=3)
st.covariance([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 1, 2, 3, 1, 2, 3]), st.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])
st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 8, 11]), st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True)
errs = []
for thunk in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.stdev([]), lambda: st.median([]),
              lambda: st.mode([]), lambda: st.pvariance([]), lambda: st.quantiles([1]), lambda: st.fmean([]),
              lambda: st.mean(['a', 'b']), lambda: st.geometric_mean([0, 1])]:
    try:
        thunk()
        errs.append('ok')
    except (st.StatisticsError, TypeError) as e:
        errs.append(type(e).__name__ + ': ' + str(e))
errs
isinstance(st.StatisticsError(), ValueError)
