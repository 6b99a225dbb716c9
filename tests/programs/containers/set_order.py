# Set iteration order for ints (and other deterministic hashes) is CPython's.
print({5, 3, 1, 9, 7})
print({100, 1, 33, 64, 7, 1000, -1, -100})
print(set(range(20, 0, -3)))
s = set()
for i in [40, 8, 16, 24, 32, 0, 48, 56, 64]:
    s.add(i)
print(s)
s.discard(16)
s.add(72)
print(s, list(s))
print({1, 2, 3} | {100, 200}, {2 ** 40, 2 ** 41, 3}, {-5, -4, 5, 4})
print(frozenset([30, 10, 20]), {(1, 2), (2, 1), (0, 0)}, {1.5, 2.5, 0.5})
print({True, 2, 0}, {None} if False else {0.0, 1.0}, set([8, 16, 24, 32, 40, 48, 56, 64, 72, 80]))
big = set(range(0, 1000, 37))
print(sorted(big) == list(range(0, 1000, 37)), list(big)[:10])
d = {}
for k in [9, 1, 8, 2]:
    d[k] = k * k
print(d, set(d), set(d.values()))
