# Float arithmetic and comparison details: floor division/modulo signs, fmod vs %, sums, fsum, math helpers.
import math
pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.0, 3), (-0.0, 3), (5, 0.5), (1e300, 1e-300), (3, float("inf")), (-3, float("inf"))]
for a, b in pairs:
    try:
        print(a, b, a // b, a % b, divmod(a, b), math.fmod(a, b), a / b)
    except (ZeroDivisionError, OverflowError) as e:
        print(a, b, type(e).__name__, e)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.0000001), math.isclose(1, 1.0000001, rel_tol=1e-6), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), round(2.9), int(-2.9), math.modf(-3.25), math.frexp(10.0), math.ldexp(0.625, 4))
print(math.sqrt(2), math.hypot(3, 4), math.pow(2, 0.5), 2 ** 0.5, math.exp(1) == math.e, math.log(math.e), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.prod([1, 2, 3, 4]))
print(1.0 * 3, 3 / 1.0, 2.0 ** -1, (-2.0) ** 2, (-2.0) ** 3, 0.0 ** 0.0, 10.0 ** 15, 10.0 ** 16, 1.1 * 1.1, 3.3 - 1.1)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.fmod(1, 0), lambda: math.exp(1000)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
