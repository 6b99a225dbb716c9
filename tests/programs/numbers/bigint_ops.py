a = 3 ** 200
b = 7 ** 150 + 12345
print(a + b, a - b, b - a)
print(a * b % (10 ** 30), a // b, a % b, divmod(-a, b)[1] == (-a) % b)
print(a >> 100, a << 7, (a >> 300), -a >> 5, ~a + a)
print(a & b, a | b == b | a, (a ^ b) ^ b == a)
print(pow(a, 3, 10 ** 9 + 7), pow(b, -1, 1000003), pow(2, 521) - 1)
import math
print(math.gcd(a, b), math.gcd(2 ** 100, 6 ** 50), math.isqrt(a), math.isqrt(a) ** 2 <= a < (math.isqrt(a) + 1) ** 2)
print(str(-a)[:20], len(str(a)), int(str(a)) == a, hex(a)[:20], int(hex(b), 16) == b)
print(a == float(a), a < float("inf"), float(a), float(b) / float(a), a / b)
print(abs(-a) == a, (-a) // 7, (-a) % 7, a // -7, a % -7, round(a, -90) if False else round(a / 10 ** 90, 3))
x = 1
for i in range(1, 60):
    x *= i
print(x, x.bit_length(), x % 1000000007, sum(map(int, str(x))))
print(2 ** 64 * 2 ** 64 == 2 ** 128, (2 ** 64 - 1) * (2 ** 64 + 1) == 2 ** 128 - 1)
print(-(2 ** 63) - 1, (2 ** 63) * -1, -(2 ** 62) * 2, (2 ** 62) + (2 ** 62), 4611686018427387904 * 2)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 ** 2, (-3037000500) ** 3)
