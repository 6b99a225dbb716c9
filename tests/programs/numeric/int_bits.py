# Bitwise operators, shifts, bit_length, bit_count on small and big ints.
nums = [0, 1, -1, 5, -5, 255, -256, 2**64, -(2**64), 2**100 - 1, -(2**100) + 7]
for n in nums:
    print(n, n.bit_length(), n.bit_count(), ~n, n >> 3, n << 5, -n)
pairs = [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**70 + 5, 2**65 + 3),
         (-(2**70), 2**66 - 1), (2**80, -1), (0, -(2**90))]
for a, b in pairs:
    print(a & b, a | b, a ^ b)
print(1 << 0, 1 << 100, -1 << 100, (2**100) >> 99, (-(2**100)) >> 99, -1 >> 1000)
print(5 >> 100, -5 >> 100, 0 << 1000)
for sh in (-1, -(2**70)):
    try:
        1 << sh
    except ValueError as e:
        print("ValueError", e)
    try:
        1 >> sh
    except ValueError as e:
        print("ValueError", e)
try:
    1 & 1.0
except TypeError as e:
    print("TypeError", e)
try:
    1.0 << 2
except TypeError as e:
    print("TypeError", e)
print(True & False, True | False, True ^ True, ~True, type(True & True).__name__, type(True & 1).__name__)
print(int.bit_length(1024), (-(2**63)).bit_length())
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"), x.bit_count())
