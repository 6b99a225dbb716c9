a, b, c = "xyz"
print(a, b, c)
(a, b), c = "xy", 3
print(a, b, c)
a, *b = range(5)
print(a, b)
*a, b = [1]
print(a, b)
a, *b, c = (1, 2)
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for i, (x, *ys) in enumerate([(1, 2, 3), (4,)]):
    print(i, x, ys)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2, *d, *d.values())
print([*"ab", *range(2)], (*"ab",), {*"aa"}, {**d, "k3": 3})
def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
print(f(*[1, 2]), f(*[1], **{"b": 2}), f(1, *(2, 3, 4), x=5, **{"y": 6}))
x = y = [1]
x, y = y, x
print(x is y)
m, n = n, m = 1, 2
print(m, n)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
