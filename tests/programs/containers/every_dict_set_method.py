d = dict(a=1, b=2)
print(sorted(n for n in dir(dict) if not n.startswith("_")))
print(d.get("a"), d.get("x", 0), d.setdefault("c", 3), d.pop("a"), d.pop("zz", "dflt"), d)
d.update([("d", 4)], e=5); print(d)
print(d.popitem(), d, list(d.keys()), list(d.values()), list(d.items()))
e = d.copy(); e.clear(); print(e, d, dict.fromkeys("xy", []))
print(d | {"z": 0}, {"z": 0} | d)
d |= {"y": 9}; print(d)
try:
    {}.popitem()
except KeyError as err:
    print("KeyError:", err)
s = {1, 2, 3}
print(sorted(n for n in dir(set) if not n.startswith("_")))
s.add(4); s.discard(10); s.remove(1); print(s)
print(s.pop(), s)
t = {3, 4, 5, 6}
print(s.union(t), s.intersection(t), s.difference(t), s.symmetric_difference(t))
print(s.issubset(t), s.issuperset({3}), s.isdisjoint({100}), s.copy() == s)
u = {1, 2}
u.update([3], (4,)); print(u)
u.intersection_update({2, 3, 4, 5}); print(u)
u.difference_update({2}); print(u)
u.symmetric_difference_update({4, 7}); print(u)
u.clear(); print(u)
try:
    u.remove(1)
except KeyError as err:
    print("KeyError:", err)
f = frozenset({1, 2})
print(f | {3}, f & {2}, f - {1}, f ^ {2, 9}, type(f | {3}).__name__, hash(f) == hash(frozenset([2, 1])))
