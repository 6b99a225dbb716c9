# Slicing with steps, negative indices, slice assignment and deletion.
a = list(range(10))
for sl in [(None, None, 2), (1, None, 3), (None, None, -1), (8, 2, -2), (-3, None, None), (None, -3, None),
           (100, None, None), (-100, 3, None), (2, 2, None), (5, 1, None), (None, None, -3), (-1, -10, -4),
           (3, 100, 5), (0, 0, -1), (9, None, -100)]:
    s = slice(*sl)
    print(sl, a[s], s.indices(len(a)))
b = a[:]
b[2:5] = ["x"]; print(b)
b[:0] = [-2, -1]; print(b)
b[len(b):] = [99]; print(b)
b[::2] = range(len(b[::2])); print(b)
b[1:3] = []; print(b)
b[-2:] = "AB"; print(b)
del b[::3]; print(b)
del b[1:-1]; print(b)
c = list(range(6))
c[5:1:-2] = [50, 30]; print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    c[::0]
except ValueError as e:
    print("ValueError", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError", e)
c[2:2] = c; print(c)
d = list(range(5)); d[1:4] = iter([7, 8]); print(d)
t = tuple(range(8))
print(t[::3], t[::-2], t[5:2:-1], t[-2:], t[10:], t[:-10])
s = "abcdefgh"
print(s[::2], s[::-1], s[-3:-1], s[6:1:-2], s[1:100])
r = range(20)
print(r[::4], r[::-3], r[5:15:2], list(r[3::-1]), r[100:], r[-5:])
print(a[slice(2, None)], a[slice(None)], a[slice(-2)])
e = [1, 2, 3]; del e[:]; print(e)
f = [0, 1, 2, 3, 4]; del f[-1::-2]; print(f)
