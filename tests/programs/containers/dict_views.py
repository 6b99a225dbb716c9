d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), k - {"a"} == {"b", "c"}, ("a", 1) in it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), len(k))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
try:
    for key in d:
        d[key + "x"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(dict(sorted(d.items(), key=lambda kv: -kv[1])))
import collections
od = collections.OrderedDict.fromkeys("xyz")
od.move_to_end("x")
print(list(od), collections.Counter("abracadabra").most_common(2))
dd = collections.defaultdict(list)
dd["k"].append(1)
print(dict(dd), dd["missing"], len(dd))
print({1: 1} == {1: 1}, {1: 1} != {1: 2}, {"a": [1]} == {"a": [1]})
e = dict(d)
e.setdefault("q", []).append(5)
print(e, e.copy() == e, e.copy() is e)
e.clear()
print(e, bool(e), dict.fromkeys(range(3)))
