# int and float methods and attributes through the object model.
import math


class Idx:
    def __index__(self):
        return -1


class MyInt(int):
    pass


class MyFloat(float):
    pass


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


for n in [0, 1, -1, 5, -5, 255, 2**62, -2**62, 2**63 - 1, 2**100, -(2**100) + 1, True, MyInt(12)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag,
          n.numerator, n.denominator, type(n.real).__name__, type(n.conjugate()).__name__)
    print(n.__trunc__(), n.__floor__(), n.__ceil__(), n.__round__(), n.__round__(-1), n.__round__(2),
          n.__getnewargs__(), n.__index__(), type(n.__round__()).__name__)
print((15).__round__(-1), (25).__round__(-1), (-25).__round__(-1), (12345).__round__(-2), (10**20).__round__(-19))
print((5).__round__(10**30), (5).__round__(-40), (1234).__round__(Idx()), round(1234, -2), round(7))
for x in [0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1e300, 1e-320, 123.456, -7.0, MyFloat(2.75)]:
    print(x, x.as_integer_ratio(), x.is_integer(), x.hex(), x.conjugate(), x.real, x.imag,
          type(x.real).__name__, x.__trunc__(), x.__floor__(), x.__ceil__(), x.__round__())
    print(x.__round__(0), x.__round__(1), x.__round__(-1), x.__round__(None), x.__getnewargs__(),
          float.fromhex(x.hex()) == x)
print((2.675).__round__(2), (0.125).__round__(2), (0.375).__round__(2), (1e300).__round__(-400), (5.5).__round__(10**30))
print(float.fromhex("0x1p3"), float.fromhex(" -0x1.8p-1 "), float.fromhex("inf"), float.fromhex("0x.8"), float.fromhex("1"))
print(MyFloat.fromhex("0x2p0"), type(MyFloat.fromhex("0x2p0")).__name__, (3.0).fromhex("0x3p0"))
print(float.__getformat__("double"), float.__getformat__("float"))
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(3.9), round(2.5), round(3.5), round(-0.5))

for label, f in [
    ("round none", lambda: (5).__round__(None)),
    ("round float", lambda: (5).__round__(1.5)),
    ("round str", lambda: (5).__round__("a")),
    ("round 2 args", lambda: (5).__round__(1, 2)),
    ("round kw", lambda: (5).__round__(ndigits=1)),
    ("fround 2 args", lambda: (5.0).__round__(1, 2)),
    ("fround float", lambda: (1.5).__round__(1.5)),
    ("fround inf", lambda: float("inf").__round__()),
    ("fround nan", lambda: float("nan").__round__()),
    ("trunc nan", lambda: float("nan").__trunc__()),
    ("floor inf", lambda: float("-inf").__floor__()),
    ("ratio inf", lambda: float("inf").as_integer_ratio()),
    ("ratio nan", lambda: float("nan").as_integer_ratio()),
    ("nan is_integer", lambda: float("nan").is_integer()),
    ("inf hex", lambda: float("-inf").hex()),
    ("fromhex bad", lambda: float.fromhex("zz")),
    ("fromhex int", lambda: float.fromhex(1)),
    ("fromhex huge", lambda: float.fromhex("0x1p99999")),
    ("getformat x", lambda: float.__getformat__("x")),
    ("getformat int", lambda: float.__getformat__(1)),
    ("bit_length arg", lambda: (5).bit_length(1)),
    ("hex arg", lambda: (5.0).hex(1)),
    ("set real", lambda: setattr(5, "real", 1)),
]:
    attempt(label, f)
