values = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (None,), {}, {0: 0}, set(), None, True, False]
print([bool(v) for v in values])
print([v for v in values if v])
print(0 or None or "" or "last", 1 and [] and "x", 5 and 6, None or 0)
a = []
b = a or ["default"]
print(b, a and a[0])
print(1 if [] else 2, "yes" if "0" else "no", not None, not [0])
x = 5
print(1 < x < 10, 10 > x > 1, x == 5 == 5.0, 1 < x > 3, not 1 < x)
print([1, 2] == [1, 2], [1, 2] is [1, 2], (1, 2) == (1, 2), "a" * 3 == "aaa")
print(3 in {3: "x"}, "x" in {3: "x"}, "ab" in "cabd", [1] in [[1], [2]], None in [None])
l = [1, 2, 3]
m = l
m += [4]
print(l, l is m)
t = (1, 2)
u = t
u += (3,)
print(t, u, t is u)
s = "abc"
print(s[0] + s[-1], s * 2, -5 // 3, -5 % 3, 5 ** -1, (-2) ** 2, -2 ** 2)
print(7 & 3, 7 | 8, 7 ^ 2, ~7, 1 << 10, 1024 >> 3, -16 >> 2, True << 3)
print(2 + 3 * 4 ** 2 / 8 - 1, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, 10 - 2 - 3, 100 / 10 / 5)
print(divmod(-13, 4), -13 // 4, -13 % 4, 13 % -4, round(-13 / 4))
print(max(1, 2) + min(3, 4), abs(-3) * -1, int(not 0) + int(True))
