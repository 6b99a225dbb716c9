# Set and dict iteration order for objects with user-defined hashes (same table layout as CPython).
class H:
    def __init__(self, h, name): self.h = h; self.name = name
    def __hash__(self): return self.h
    def __eq__(self, o): return self is o
    def __repr__(self): return self.name
s = set()
for i, h in enumerate([5, 13, 21, 8, 100, -1, 2**62, 7, 5, 13]):
    s.add(H(h, f"o{i}"))
print(s)
for x in list(s)[:3]:
    s.discard(x)
print(s)
s.add(H(3, "late"))
print(s)
d = {}
for i, h in enumerate([5, 13, 21, 8]):
    d[H(h, f"k{i}")] = i
print(d)
print({1, 9, 17, 25, 33}, {-1, -2, 2**64, 0.5, 1.5})
fs = frozenset(range(20, 0, -3))
print(fs, fs | {100, 1000})
print({(1, 2), (2, 1), (0, 0)}, {False, True, 2})
