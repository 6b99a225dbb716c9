a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
s = {1: [1, {2: (3, [4, {5}])}]}
print(s, repr(s) == str(s))
print([[]] * 3, [[1]] + [[2]], [(), (1,), (1, 2)], [{}, {1: 2}, set(), {3}])
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), [repr("\\")], ["\n"], ("\t",))
print({"nested": {"deeper": {"deepest": [1.5, None, True, "s", b"b", 2j]}}})
print([1.0, 1e16, 1e-7, -0.0, float("inf"), float("nan")], (1e300 * 1e300,))
class R:
    def __repr__(self):
        return "R()"
print([R(), (R(),), {R(): R()} if False else {"r": R()}], str(R()), f"{R()}", f"{R()!r}")
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(str(deep).count("["), len(repr(deep)))
