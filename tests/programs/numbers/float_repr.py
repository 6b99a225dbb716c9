values = [0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345.6, 1e-4, 1e-5,
          0.000123, 1.5e-10, 5e-324, 1.7976931348623157e308, 2.5, 100.0, 1e22, 1e21,
          9007199254740993.0, 0.1 + 0.7, 3.141592653589793, -1.0, -0.0, 1e100, 12345.678]
for v in values:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.3e}")
print(float("1e309"), -float("inf"), float("-nan"), float("  3.5  "), float("1_5.2_5"))
for bad in ["", "1e", "abc", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(round(0.125, 2), round(0.375, 2), round(2.5), round(-2.5), round(1e20), round(123.456, -1))
print(1.1 * 3, 0.1 * 3, 1 - 0.9, 100 * 1.1, 3 * 0.1 == 0.3)
print(7.0 / 2, 7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2, 7.0 % -2, divmod(-7.0, 2))
print(2.0 ** -1, (-8.0) ** (1 / 3) if False else 0, 10.0 ** 15, 10.0 ** 16)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
print(int(2.9999999999999996), int(-0.5), float(10 ** 20), float(2 ** 100))
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 0.5 < 1 < 1.5, max(1, 1.0), min(1.0, 1))
print(hash(0.1), hash(1e100), hash(-1.5), hash(float("inf")), hash(1e-300))
