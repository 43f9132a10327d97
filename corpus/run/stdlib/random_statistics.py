import random
import statistics
from fractions import Fraction
from decimal import Decimal

rng = random.Random(2024)
data = [rng.randint(1, 50) for _ in range(40)]
print(data[:10], statistics.mean(data), statistics.median(data), statistics.mode(data))
print(statistics.median_low(data), statistics.median_high(data), statistics.multimode([1, 1, 2, 2, 3]))
print(round(statistics.stdev(data), 10), round(statistics.pvariance(data), 10), statistics.fmean([1.5, 2.5, 4.0]))
print(statistics.mean([Fraction(1, 3), Fraction(2, 3)]), statistics.mean([Decimal('1.1'), Decimal('2.2')]))
print(statistics.quantiles(data, n=4), statistics.harmonic_mean([40, 60]), round(statistics.geometric_mean([2, 8]), 12))
nd = statistics.NormalDist(100, 15)
print(nd, round(nd.cdf(130), 10), round(nd.inv_cdf(0.975), 10), nd.mean, nd.stdev)
samples = nd.samples(5, seed=7)
print([round(s, 6) for s in samples])
x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(statistics.correlation(x, y), statistics.covariance(x, y), statistics.linear_regression(x, y))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print('StatisticsError', e)
rng.seed(9)
print(rng.choices(range(10), weights=[1] * 10, k=4), rng.sample(['a', 'b', 'c', 'd'], k=2), rng.vonmisesvariate(0, 1), rng.paretovariate(2.0), rng.weibullvariate(1, 2), rng.lognormvariate(0, 1), rng.gammavariate(2, 1))
