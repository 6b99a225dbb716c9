# int true division correctly rounded for huge operands; round() of ints with negative ndigits.
print(10**400 / 10**399, (2**1100 + 1) / 2**1000, 1 / 3, 2 / 3, 10**20 / 3, -(10**20) / 7, (3**300) / (3**299))
print((2**53 + 1) / 1, (2**54 + 3) / 2, 12345678901234567890123 / 10**10, 1 / 10**400, -1 / 10**400)
try:
    print(2**2000 / 3)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float(2**2000))
except OverflowError as e:
    print("OverflowError", e)
print(2**2000 // 3**1000 > 0, (2**2000) / (2**1999), 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 2**70 % 3.5)
for n in (1234, 1250, 1350, -1250, -1350, 15, 25, 35, -15, 2**70 + 50, 0):
    print(n, round(n, -1), round(n, -2), round(n, -3), round(n, 0), round(n, 2))
print(round(5, -1), round(15, -1), round(-5, -1), round(10**30 + 5 * 10**10, -11), type(round(5, -1)).__name__)
print(round(1.2345, 3), round(-1.2345, 3), round(2.5e-8, 8), round(123.456, None), round(0.5, None))
print(int.__round__(17, -1), (17).__round__(), (2.5).__round__(None), float.__round__(3.14159, 2))
