# Dict keys across equal-hashing types, tuple keys, frozenset keys, mutation-during-iteration errors.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, list(d.keys())[0].__class__.__name__)
d2 = {0: "a", -0.0: "b", False: "c", 0j: "d"}
print(d2)
t = {(1, 2): "t", (1, (2, 3)): "nested", frozenset({1, 2}): "fs", None: "none", "": "empty", b"": "bempty", 2**100: "big", -1: "neg"}
print(t[(1, 2)], t[(1.0, 2.0)], t[frozenset({2, 1})], t[None], t[""], t[b""], t[2**100], t[-1], len(t))
x = {i: i for i in range(5)}
try:
    for k in x:
        del x[k]
except RuntimeError as e:
    print("RuntimeError", e)
y = {i: i for i in range(5)}
try:
    for k in y:
        y[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
z = {1: 1, 2: 2}
for k in z:
    z[k] = z[k] * 10
print(z)
w = {"a": 1, "b": 2}
try:
    for k in w:
        print("visit", k)
        del w["b"]
        w["c"] = 3
except (RuntimeError, KeyError) as e:
    print(type(e).__name__, e)
print(w)
try:
    for v in w.values():
        w.pop("a", None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for item in w.items():
        w.clear()
except RuntimeError as e:
    print("RuntimeError", e)
print(w)
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v) % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return f"Key({self.v})"
kd = {Key(i): i for i in range(6)}
print(kd, kd[Key(4)], Key(7) in kd, len(kd))
print(dict.fromkeys([1, 1.0, True, 2]), {**{1: "a"}, **{1.0: "b"}}, dict([(1, "x"), (True, "y")]))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}), min({"b": 1, "a": 2}))
