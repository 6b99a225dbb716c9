#!/usr/bin/env python3
"""Records CPython 3.11 math-module results for num::math's golden test
(format of gen.py). Run: python3 gen_math.py > math.tsv
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11)
rng = random.Random(23)


def h(s):
    return "h" + s.encode("utf-8").hex()


def enc(v):
    if isinstance(v, bool):
        return "b1" if v else "b0"
    if isinstance(v, int):
        return "i%s%x" % ("-" if v < 0 else "", abs(v))
    if isinstance(v, str):
        return h(v)
    if isinstance(v, float):
        return "f%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, (tuple, list)):
        return "t" + ",".join(enc(x) for x in v)
    raise TypeError(v)


def rec(op, args, fn):
    try:
        r = fn()
        return "\t".join([op] + [enc(a) for a in args] + ["ok", enc(r)])
    except Exception as e:  # noqa: BLE001
        return "\t".join([op] + [enc(a) for a in args] + ["err", type(e).__name__, h(str(e))])


inf, nan = float("inf"), float("nan")
specials = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 10.0, 1e-300, 5e-324, 1e300, 1.7976931348623157e308,
            inf, -inf, nan, 3.0, -3.0, 0.1, 700.0, 710.0, -745.0, 1e-10]
floats = specials + [rng.uniform(-10, 10) * 10 ** rng.randrange(-5, 5) for _ in range(60)]
out = []
for x in floats:
    out.append(rec("sqrt", (x,), lambda: math.sqrt(x)))
    out.append(rec("exp", (x,), lambda: math.exp(x)))
    out.append(rec("log", (x,), lambda: math.log(x)))
    out.append(rec("log2", (x,), lambda: math.log2(x)))
    out.append(rec("log10", (x,), lambda: math.log10(x)))
    out.append(rec("log1p", (x,), lambda: math.log1p(x)))
    out.append(rec("frexp", (x,), lambda: math.frexp(x)))
    out.append(rec("modf", (x,), lambda: math.modf(x)))
    out.append(rec("degrees", (x,), lambda: math.degrees(x)))
    out.append(rec("radians", (x,), lambda: math.radians(x)))
    out.append(rec("ulp", (x,), lambda: math.ulp(x)))
    for y in rng.sample(specials, 6) + [rng.uniform(-5, 5)]:
        out.append(rec("pow", (x, y), lambda: math.pow(x, y)))
        out.append(rec("fmod", (x, y), lambda: math.fmod(x, y)))
        out.append(rec("atan2", (x, y), lambda: math.atan2(x, y)))
        out.append(rec("nextafter", (x, y), lambda: math.nextafter(x, y)))
        out.append(rec("isclose", (x, y), lambda: math.isclose(x, y)))
        out.append(rec("hypot", ((x, y),), lambda: math.hypot(x, y)))
    for i in [0, 1, -1, 10, -1074, -1075, 1023, 1024, 2000, -2000, 10**30, -10**30]:
        out.append(rec("ldexp", (x, i), lambda: math.ldexp(x, i)))
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf",
             "erfc", "exp", "exp2", "expm1", "fabs", "sin", "sinh", "sqrt", "tan", "tanh"]:
    fn = getattr(math, name)
    for x in floats:
        out.append(rec("unary", (name, x), lambda: fn(x)))
ints = [1, 2, 10, 2**53 + 1, 10**400, 2**1024, 2**2000 + 1, 3**1000, 0, -1, 7**500]
for n in ints:
    out.append(rec("logi", (n,), lambda: math.log(n)))
    out.append(rec("log2i", (n,), lambda: math.log2(n)))
    out.append(rec("log10i", (n,), lambda: math.log10(n)))
    for b in [2, 10, 0.5]:
        out.append(rec("logbase", (n, b), lambda: math.log(n, b)))
out.append(rec("logbase", (1, 1), lambda: math.log(1, 1)))
for _ in range(40):
    vals = [rng.uniform(-1, 1) * 10 ** rng.randrange(-20, 20) for _ in range(rng.randrange(0, 12))]
    out.append(rec("fsum", (tuple(vals),), lambda: math.fsum(vals)))
    out.append(rec("hypot", (tuple(vals),), lambda: math.hypot(*vals)))
for vals in [[1e308, 1e308, -1e308], [0.1] * 10, [1e-16, 1, 1e16], [inf, -inf], [inf, 1], [nan, inf],
             [], [-0.0], [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [5e-324, 5e-324],
             [1e-300, 1e-300], [3e-320, 4e-321], [1e308, -1e308, 1e308]]:
    vals = [float(v) for v in vals]
    out.append(rec("fsum", (tuple(vals),), lambda: math.fsum(vals)))
    out.append(rec("hypot", (tuple(vals),), lambda: math.hypot(*vals)))
for n in [0, 1, 5, 20, 21, 100, -1, 2**63]:
    out.append(rec("factorial", (n,), lambda: math.factorial(n)))
for n in [10**30 + 5, 0, 1, 2, 3, 4, 15, 16, 17, -1, 2**128, 2**128 - 1]:
    out.append(rec("isqrt", (n,), lambda: math.isqrt(n)))
for n, k in [(5, 2), (5, -1), (-5, 1), (3, 5), (2**64, 2), (100, 50), (10, 0), (0, 0), (52, 5)]:
    out.append(rec("comb", (n, k), lambda: math.comb(n, k)))
    out.append(rec("perm", (n, k), lambda: math.perm(n, k)))
for vals in [(12, -18, 30), (), (0,), (0, 0), (-7,), (2**100, 2**80 * 3), (4, 6, -10), (0, 5)]:
    out.append(rec("gcd", (vals,), lambda: math.gcd(*vals)))
    out.append(rec("lcm", (vals,), lambda: math.lcm(*vals)))
print("\n".join(out))
