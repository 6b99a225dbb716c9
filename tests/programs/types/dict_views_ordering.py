# dict views: dynamic, set operations, reversal, mapping attribute; insertion order rules.
d = {"one": 1, "two": 2, "three": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "one" in k, 2 in v, ("two", 2) in it, ("two", 3) in it)
d["four"] = 4
print(list(k), list(v), list(it))
print(k & {"one", "zzz"} == {"one"}, k | {"x"} == {"one", "two", "three", "four", "x"}, sorted(k - {"one"}), sorted(k ^ {"one", "y"}))
print(it & {("one", 1)}, it - {("one", 1), ("two", 2), ("three", 3)}, k == {"one", "two", "three", "four"})
print(k.isdisjoint({"a"}), k.isdisjoint(["one"]), k <= {"one", "two", "three", "four", "five"}, k < k, k >= set())
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(hasattr(k, "isdisjoint"), hasattr(v, "isdisjoint"))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError", e)
d = {3: "c", 1: "a", 2: "b"}
d[1] = "A"
del d[3]
d[3] = "C"
print(d, list(d))
d2 = {}
for i in [5, 3, 9, 1, 5, 3]:
    d2[i] = d2.get(i, 0) + 1
print(d2, {**d2, 5: "x", 0: "y"}, dict(sorted(d2.items())))
x = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del x[i]
x[0] = 0
print(x, list(x.items())[:3])
print(type(k).__name__, type(v).__name__, type(it).__name__)
try:
    v & v
except TypeError as e:
    print("TypeError", e)
print({1: 1}.keys() == {1: 2}.keys(), {1: 1}.items() == {1: 1}.items(), {1: 1}.values() == {1: 1}.values())
print(repr({}.keys()), repr({}.items()), str({1: {2: {3: 4}}}), repr({"a": "b", 1: None}))
z = {"k": 0}
z.update(k=1)
print(z, dict.fromkeys(range(3), 0), {}.fromkeys("ab", 1))
