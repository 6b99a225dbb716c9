# Assignment statements in every shape.
x = 1
x = y = z = 2
a, b = 1, 2
(a, b) = [3, 4]
[a, b] = (5, 6)
a, *rest = range(5)
*init, last = [1, 2, 3]
first, *middle, last = "abcde"
(a, (b, c)), d = (1, (2, 3)), 4
[a, [b, *c]] = [1, [2, 3, 4]]
obj = type("O", (), {})()
obj.attr = 5
obj.attr.real = 6 if False else obj.attr
d = {}
d["k"] = 1
d["k"], d["j"] = 1, 2
lst = [0] * 10
lst[1:3] = [7, 8]
lst[::2] = range(5)
lst[1:2, ] = [] if False else lst[0:0]
x: int
x: int = 5
obj.y: str = "s"
d["z"]: float = 1.0
(q): int = 3
x += 1
x -= 1
x *= 2
x /= 2
x //= 1
x %= 7
x **= 2
x @= 1 if False else x
x &= 3
x |= 4
x ^= 5
x <<= 1
x >>= 1
obj.attr += 1
d["k"] *= 3
lst[0] -= 1
a = b = *c, = [1, 2]
t = 1,
t = ()
t = (1,)
u = yield_ = 9
