s = {3, 1, 2}
print(s, len(s), 2 in s, sorted(s))
s.add(10); s.discard(1); s.update([5, 6])
print(sorted(s))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < a, a.isdisjoint({9}))
print(set(), set("aab") == {"a", "b"}, frozenset([1, 2]) == {1, 2}, len(frozenset("abc")))
print({x % 3 for x in range(10)}, set(range(5)))
print({10, 20, 30, 40, 50, 60, 70, 80, 90, 100})
t = (1, "two", 3.0, (4, 5))
print(t, t[1], t[-1][0], t[1:3], len(t), t.count(1), t.index(3.0))
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3), (1,) == (1,), () == ())
x, y, *z = t
print(x, y, z)
print(tuple([1, 2]), tuple("ab"), hash((1, 2)) == hash((1, 2)), hash(()))
print(hash((1, 2, 3)), hash((1, (2, 3))), hash((False, True)))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    {}.__hash__()
except TypeError as e:
    print("TypeError:", e)
