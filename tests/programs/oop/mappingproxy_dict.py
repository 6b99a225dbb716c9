# Class __dict__ is a read-only live mappingproxy; types.MappingProxyType over any mapping.
import types
class A:
    x = 1
    def m(self):
        pass
d = A.__dict__
print(type(d).__name__, d["x"], "m" in d, d.get("nope", "default"), len(d) > 3)
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
A.y = 5
print(d["y"], "y" in d)
print(sorted(k for k in d if not k.startswith("__")), sorted(k for k in d.keys() if k[0] != "_"))
print(vars(A) == A.__dict__, type(vars(A)).__name__)
base = {"a": 1, "b": 2}
p = types.MappingProxyType(base)
print(p, repr(p), str(p), p["a"], list(p), list(p.items()), list(p.values()), list(reversed(p)))
base["c"] = 3
print(len(p), p.copy(), type(p.copy()).__name__, p | {"z": 0}, {"z": 0} | p)
print(p == base, p == {"a": 1}, p != base)
for bad in ([1, 2], (1,), 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    p.clear()
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(p, types.MappingProxyType), type(int.__dict__) is types.MappingProxyType)
print(int.__dict__["bit_length"].__name__, "__add__" in int.__dict__)
