# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag.
for v in (0.0, 1.0, -2.5, 0.1, 1e300, 3.0e-10, 0.75, -0.0):
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
for s in ("0x1.8p1", "0x1p-1074", "-0x1.fffffffffffffp+1023", "0xA", "0x.8", "1p4", "  0x1.4p+2  ", "inf", "-nan"):
    print(s, float.fromhex(s))
for s in ("0x", "0x1p", "zz"):
    try:
        float.fromhex(s)
    except ValueError as e:
        print("ValueError", e)
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print("OverflowError", e)
for v in (float("inf"), float("nan")):
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(v.is_integer(), v.hex())
x = 2.5
print(x.real, x.imag, x.conjugate(), float.__trunc__(x), x.__floor__(), x.__ceil__())
print(float(10), float(2**53 + 1), float("1e400"), float("-1e400"))
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError", e)
print(float.fromhex((0.1).hex()) == 0.1, (1.5).__round__(), (2.5).__round__(), (1.25).__round__(1))
print(3.7 // 1, -3.7 // 1, 3.7 % 1 < 0.71, -3.5 % 2, 3.5 % -2, divmod(-7.5, 2), divmod(7.5, -2))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
