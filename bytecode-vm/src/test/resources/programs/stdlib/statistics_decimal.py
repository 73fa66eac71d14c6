# statistics over Decimal data, as CPython's.
import statistics
from decimal import Decimal
from fractions import Fraction
data = [Decimal("1.1"), Decimal("2.2"), Decimal("3.35")]
print(statistics.mean(data), statistics.median(data), statistics.fmean(data))
print(statistics.variance(data), statistics.stdev(data), statistics.pvariance(data))
print(statistics.mean([Decimal(1), 2]), statistics.mean([Fraction(1, 3), Fraction(1, 6)]))
print(statistics.harmonic_mean([Decimal("2"), Decimal("4")]))
