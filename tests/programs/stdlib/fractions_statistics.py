# fractions, numbers and statistics: exact rational arithmetic, parsing,
# mixed-type operators and hashing; statistics computed exactly as CPython.
from fractions import Fraction as F
import numbers
for f in [lambda: F(1,2)/0, lambda: F(0)**-1, lambda: F('1/0'), lambda: F('abc'), lambda: F(1.5, 2), lambda: F([]), lambda: F(float('inf')), lambda: F(float('nan')), lambda: F.from_float('x'), lambda: F(1,2) < 'a', lambda: F(1,2).limit_denominator(0), lambda: F(1, 2) % 0, lambda: divmod(F(1,2), 0), lambda: F(7,2)//0]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(F(' -1.5e-3 '), F('3/6'), F('1_000'), F('.5'), F('5.'), F(0.1), F(1,3)+F(1,6), F(1,3)*3, F(1,3)+0.5, F(1,3)==1/3, F(1,2)==0.5, hash(F(1,2))==hash(0.5), hash(F(1,3)), F(-7,2)//2, F(-7,2)%2, divmod(F(7,3), F(1,2)), F(2,3)**2, F(4,9)**0.5, 2**F(1,2), F(-2,3)**-3, round(F(5,2)), round(F(7,2)), round(F(22,7), 2), round(F(1234), -2), int(F(-7,2)), float(F(1,3)), F(3,1), repr(F(3,4)), F(355,113).limit_denominator(10), F(3.14159).limit_denominator(100), abs(F(-1,2)), F(1,2).as_integer_ratio(), complex(F(1,2)), F(1,2) + 1j, sorted([F(1,2), 0.25, 1, F(1,3)]), F(1,2) < 0.6, F(1,2) > float('nan'), F(10**20, 3) / 7)
print(isinstance(F(1,2), numbers.Rational), isinstance(3, numbers.Integral), isinstance(2.0, numbers.Real), isinstance(1j, numbers.Complex), isinstance(1.5, numbers.Rational), issubclass(int, numbers.Number))
print(sum(F(1, n) for n in range(1, 11)), F(1,2) - 1, 1 - F(1,2), 3 * F(1,3), F(5) / 2, F(-3, -6), F(F(1,2), F(1,3)), F(3,4).numerator, F(3,4).denominator, F(6,4) == F(3,2), {F(1,2): 'x'}[0.5], F(1,2) != F(1,3), -F(1,2), +F(1,2), F(7,3).__floor__(), F(7,3).__ceil__(), bool(F(0)))
import math
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), F(2, 3) ** F(2), F(1, 3) ** -2, 0.5 + F(1, 4), F(1, 4) * 2.0)
import statistics as s
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 5, 9, 10]
for fn in [s.mean, s.fmean, s.median, s.median_low, s.median_high, s.median_grouped, s.mode, s.multimode, s.variance, s.pvariance, s.stdev, s.pstdev, s.geometric_mean, s.harmonic_mean, s.quantiles]:
    for d in [data, ints, [F(1, 3), F(2, 3), F(5, 7)], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [0.1] * 7 + [0.2] * 3, list(range(1, 101)), [10**20, 10**20 + 1, 10**20 + 3]]:
        try: print(fn.__name__, repr(fn(d)))
        except Exception as e: print(fn.__name__, type(e).__name__, e)
print(s.quantiles(ints, n=10), s.quantiles(ints, n=4, method="inclusive"), s.mean([1, 2.5, F(1, 2)]), s.mean([True, False, True]))
for bad in [lambda: s.mean([]), lambda: s.variance([1]), lambda: s.stdev([]), lambda: s.median([]), lambda: s.mode([]), lambda: s.quantiles([1]), lambda: s.harmonic_mean([-1, 2]), lambda: s.geometric_mean([0, 1]), lambda: s.mean(["a"]), lambda: s.correlation([1, 1], [1, 2])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]; y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(s.covariance(x, y), s.correlation(x, x[::-1]), s.linear_regression(x, [2 * v + 1 for v in x]), s.linear_regression(x, y, proportional=True))
print(s.variance(data, s.mean(data)), s.pstdev(ints, 4.75), s.harmonic_mean([40, 60], weights=[5, 30]), s.fmean([1, 2, 3], weights=[3, 2, 1]), s.multimode("aabbbcccc"), s.mode(["red", "blue", "red"]))
