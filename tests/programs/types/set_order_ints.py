# Set iteration order for ints as CPython's hash table produces it.
print({10, 20, 30, 40, 5, 15, 25})
print(set(range(100, 0, -9)))
print({-1, -2, 3, 1000, 2**40, 7, 8, 9})
s = set()
for i in range(30):
    s.add((i * 37) % 101)
print(s)
for i in range(0, 30, 3):
    s.discard((i * 37) % 101)
print(s)
s.update(range(200, 220))
print(s)
print({1.5, 2.5, 0.5, 3.0, 100.25})
print({(1, 2), (2, 1), (0, 0), (3,)})
print({True, 2}, {False, 0, 0.0}, frozenset({64, 32, 16, 8, 128, 1}))
big = set(range(1000))
for i in range(0, 1000, 2):
    big.remove(i)
print(len(big), list(big)[:10])
print({x * 8 for x in range(12)}, {x % 13 for x in range(-20, 20)})
a = {i * 1024 for i in range(10)}
print(a, a & {0, 2048, 9216}, a - {0})
print(frozenset(range(20, 0, -1)), sorted({5, 1, 3}), list(reversed(sorted({5, 1, 3}))))
print(set([2**64, 2**64 + 1, 2**65, -(2**64)]), {-0.0, 0.0}, {float("inf"), -1})
