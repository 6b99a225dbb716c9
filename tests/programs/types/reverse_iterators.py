# Reverse iterators over dicts, views and lists under mutation; str and range iterator length hints.
d = {"a": 1, "b": 2, "c": 3}
r = reversed(d)
print(next(r), list(r), list(r))
r2 = reversed(d.items())
d["d"] = 4
try:
    next(r2)
except RuntimeError as e:
    print("RuntimeError", e)
del d["d"]
e = {}
print(list(reversed(e)), list(reversed(e.values())), list(reversed({1: 2}.items())))
x = {i: i * i for i in range(6)}
del x[2]; del x[4]
x[2] = "again"
print(list(reversed(x)), list(reversed(x.values())), list(reversed(x.items()))[:2])
l = [1, 2, 3, 4]
it = reversed(l)
print(next(it), it.__length_hint__())
l.pop(); l.pop()
print(list(it), it.__length_hint__())
it2 = reversed(l)
l.append(9)
print(list(it2))
s = iter("héllo")
print(next(s), s.__length_hint__(), list(s), s.__length_hint__())
big = iter(range(2**64, 2**64 + 3))
print(type(big).__name__, list(big))
