d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"a": 10, "d": 4}, e=5)
print(d)
print(d.pop("b"), d.pop("zz", None), d.setdefault("f", 6), d.setdefault("a", 0))
print(d.popitem(), d)
del d["a"]
print(d, dict(zip("xy", [1, 2])), dict([("k", "v")]), dict(a=1, b=2))
print({**d, "z": 26}, d | {"q": 0}, {k: v * 2 for k, v in d.items()})
print(dict.fromkeys("abc", 0), sorted({3: 1, 1: 2}.items()))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
nested = {"outer": {"inner": [1, 2]}}
print(nested["outer"]["inner"][1], nested)
keys = d.keys()
d["new"] = 1
print(keys, len(keys), "new" in keys)
print({1: "int", 1.0: "float", True: "bool"})
print(d == dict(d), {1: 2} == {1: 2.0}, list(reversed({"a": 1, "b": 2})))
