# Deeply nested and self-referencing containers: repr/eq/hash recursion limits and recursive reprs.
def show(f):
    try:
        r = f()
        print(repr(r)[:80])
    except Exception as e:
        print(type(e).__name__, str(e)[:80])
deep = []
for _ in range(5000):
    deep = [deep]
show(lambda: repr(deep))
show(lambda: deep == deep)
d2 = []
for _ in range(5000):
    d2 = [d2]
show(lambda: deep == d2)
t = ()
for _ in range(5000):
    t = (t,)
show(lambda: hash(t))
show(lambda: str(t))
dd = {}
for _ in range(5000):
    dd = {"k": dd}
show(lambda: repr(dd))
show(lambda: dd == dd)
fs = frozenset()
for _ in range(3000):
    fs = frozenset([fs])
show(lambda: hash(fs) == hash(fs))
show(lambda: len(str([[1] * 3] * 3)))
a = [1]
a.append(a)
b = {"x": a}
b["self"] = b
show(lambda: repr(b))
show(lambda: str(a) + str(b))
s = set()
show(lambda: repr({1: s, 2: [s, {3: (s,)}]}))
