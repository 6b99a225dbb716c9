a = b = 3
print(a, b)
a, b = b + 1, a - 1
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
(x, (y, z)), w = (1, (2, 3)), 4
print(x, y, z, w)
lst = [0] * 6
lst[1:3] = [7, 8, 9]
print(lst)
lst[::2] = "abcd"[:len(lst[::2])]
print(lst)
d = {}
d["k"] = d.get("k", 0) + 1
d["k"] += 10
print(d)
n = 5
n += 2; n *= 3; n -= 1; n //= 2; n %= 7; n **= 3; n <<= 2; n >>= 1; n |= 1; n &= 0xff; n ^= 3
print(n)
del lst[0], lst[-1]
print(lst)
t = 1,
print(t, type(t).__name__)
