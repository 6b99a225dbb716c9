# Every dict method plus dict construction forms and KeyError messages.
d = dict(a=1, b=2)
d2 = dict([("x", 1), ("y", 2)], z=3)
d3 = dict({"p": 1}, q=2)
d4 = dict.fromkeys("abc")
d5 = dict.fromkeys([1, 2], [])
print(d, d2, d3, d4, d5, dict(), dict(zip("ab", range(2))))
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("a", 9), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
d.update({"d": 4}, e=5); d.update([("f", 6)]); print(d)
print(d.popitem(), d, list(d.keys()), list(d.values()), list(d.items()))
c = d.copy(); c["new"] = 1; print(d, c)
c.clear(); print(c, len(c))
print(d | {"x": 0}, {"x": 0} | d)
d |= {"b": 20, "z": 26}; print(d)
d |= [("q", 1)]; print(d)
print("b" in d, "zz" not in d, d["b"], len(d), list(reversed(d)), list(reversed(d.items())))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: d["missing"])
show(lambda: {}.popitem())
show(lambda: {}.pop("k"))
show(lambda: {(1, 2): 1}[(1, 3)])
show(lambda: {1: 1}[[1]])
show(lambda: dict([1, 2]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict(1))
show(lambda: {} | [])
show(lambda: d.update(1))
show(lambda: d.get())
show(lambda: {}[None])
show(lambda: {}[""])
show(lambda: {}[1.5])
e = {1: "a", 2: "b", 3: "c"}
del e[2]; e[2] = "B"; e[1] = "A"; print(e)
try:
    del e[9]
except KeyError as ex:
    print("KeyError", ex, repr(ex), ex.args)
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, m)
print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: [1]} != {1: [2]})
show(lambda: {1: 2} < {1: 2})
