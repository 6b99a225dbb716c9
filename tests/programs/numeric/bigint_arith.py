# Arbitrary-precision int arithmetic: factorials, powers, str/repr, comparisons.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f50 = fact(50)
print(f50, len(str(f50)), f50 % 1000003, f50 // fact(48))
a = 3**100
b = 7**60
print(a + b, a - b, b - a, a * b, a // b, a % b, -a // b, -a % b)
print(divmod(a, -b), divmod(-a, -b))
print(a ** 2 == a * a, (a * b) // b == a, abs(-a) == a, -(-a) == a)
print(str(-2**200), repr(2**64), (2**64).__str__(), int(str(7**77)) == 7**77)
print(10**50 + 1 > 10**50, 10**50 == 10**50 + 0, -10**50 < 10**49, max(2**70, 2**70 + 1, 2**69))
print(sum(range(10**6, 10**6 + 100)), sum([2**64] * 10))
x = 1
for i in range(1, 40):
    x = x * 31 + i
print(x, x.bit_length(), x % 97, x >> 50)
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[150], fib[149] * fib[151] - fib[150] ** 2)
print(int(1e30), float(10**30), 10**30 / 10**10, 2**1000 // 3**600)
print(hex(2**100), oct(-2**70), bin(2**65 + 1), format(2**80, "x"), format(10**25, ","), f"{10**25:_}")
print(round(123456789123456789, -5), abs(-(2**99)), pow(2**70, 2), 2**70 * 0, 0 - 2**70)
n = 12345678901234567890
print(n.__neg__(), n.__abs__(), n.__invert__(), n.__index__() == n, n.real, n.imag, n.numerator, n.denominator)
print(n.conjugate(), n.as_integer_ratio(), n.is_integer() if hasattr(n, "is_integer") else "no is_integer")
