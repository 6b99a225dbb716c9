# inf and nan: arithmetic, comparison, identity in containers, math helpers.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, nan < 1, nan > 1, inf == inf)
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan), l.index(nan))
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0.5]))
print(1 / inf, -1 / inf, math.copysign(1, -0.0), math.copysign(1, 0.0))
print(0.0 == -0.0, str(-0.0), repr(-0.0 + 0.0), -0.0 * 1)
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0), hash(1.0), hash(0.5), hash(-2.5), hash(1e100))
print(int(1e18), 2**0.5 * 2**0.5 == 2, abs(-inf), abs(-0.0))
print(float("infinity"), float("-INF"), float("NaN"), float("  nan  "))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    (-8.0) ** 0.5
    print("complex result", (-8.0) ** 0.5)
except Exception as e:
    print(type(e).__name__, e)
print(inf ** 0, nan ** 0, 1 ** nan, 0.0 ** 0)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(f"{inf:f} {nan:.2f} {-inf:e} {inf:>8} {nan:+}")
