# tuple methods, concatenation, comparison, hashing, unpacking and errors.
t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t.index(1, 1), t + (4,), t * 2, 2 * (), (1,) * 0, len(t), 3 in t)
print(t[1:4], t[::-1], t[-1], tuple("ab"), tuple([1, [2]]), tuple(range(3)), tuple(), (1,), ())
print((1, 2) < (1, 2, 0), (1, 2) == (1, 2.0), (2,) > (1, 100), () < (0,), (1, "a") < (1, "b"))
print(max([(1, 2), (1, 3), (0, 9)]), min((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]))
for f in (lambda: t.index(9), lambda: t[10], lambda: t + [1], lambda: t * 1.5, lambda: hash((1, [2])),
          lambda: (1, 2) < (1, "a"), lambda: t.count(), lambda: tuple(5)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
a, *b, c = t
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    p, *q, r = (1,)
except ValueError as e:
    print("ValueError", e)
n = ((1, 2), [3, 4], "x")
print(repr(n), str((1,)), repr(((),)), ((1, 2),), (None, True, 1.5, "s"))
print(tuple.__len__((1, 2)), (1, 2).__getitem__(0), (1, 2).__add__((3,)), (1,).__mul__(3), (1, 2).__contains__(2))
u = (1, 2)
v = u + ()
print(u == v, hash(u) == hash(v), hash((1, 2)) == hash((1.0, 2.0)))
