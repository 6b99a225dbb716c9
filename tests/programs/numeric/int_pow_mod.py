# pow() with modulus, negative exponents and their errors.
print(pow(2, 10), pow(-2, 3), pow(2, 0), pow(0, 0))
print(pow(2, -2), pow(-2, -3), 10 ** -1)
print(pow(3, 200, 1000), pow(7, 10**20, 13), pow(-3, 5, 7), pow(3, 5, -7))
print(pow(2, -1, 5), pow(3, -2, 11), pow(38, -1, 97))
print(pow(5, 0, 1), pow(5, 3, 1), pow(0, 0, 7))
print(pow(2**100, 3, 10**9 + 7), pow(12345678901234567890, 98765, 2**61 - 1))
cases = [
    (2, -1, 4),
    (2, 3, 0),
    (2.0, 3, 5),
    (2, 3.0, 5),
    ("2", 3, None),
    (2, "3", None),
]
for b, e, m in cases:
    try:
        r = pow(b, e) if m is None else pow(b, e, m)
        print("ok", r)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pow(0, -2)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(base=2, exp=5), pow(base=2, exp=5, mod=3))
print((-8) ** (1 / 3) == complex, type((-8) ** 0.5).__name__)
print(2 ** 0.5, 4 ** 0.5, (-1) ** 2, (-1) ** 3, 1 ** -5)
