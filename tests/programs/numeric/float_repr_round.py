# float repr (shortest round-trip) and round() half-to-even.
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.00001234, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        -0.0, 100.0, 1e22, 1e23, 9007199254740993.0, 0.3, 3.14159, 2.5, -1.25e-7]
for v in vals:
    print(repr(v), str(v))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(123.456, -1), round(123.456, -2), round(-123.456, 1), round(5.5e10, -10))
print(round(1e300, 2), round(1.5, 0), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
print(round(7, -1), round(15, -1), round(25, -1), round(-25, -1), round(2**70 + 5, -1))
for v in (float("inf"), float("-inf"), float("nan")):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(round(0.1, 400), round(1.23e-10, 12))
print(float("1_0.5"), float(" -3.5e2 "), float("+inf"), float("-Infinity"), float("nan"))
for s in ("", "abc", "1.2.3", "1e", "1_"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError", e)
