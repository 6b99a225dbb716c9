# Set iteration order after many adds/discards, resizes and dummy reuse (ints, floats, tuples).
s = set()
out = []
for i in range(200):
    v = (i * 7919) % 1000 - 500
    if v % 3 == 0 and v in s:
        s.discard(v)
    else:
        s.add(v)
    if i % 40 == 39:
        out.append(list(s)[:12])
print(out)
print(list(s)[-10:], len(s))
t = set(range(1000))
for i in range(0, 1000, 3):
    t.discard(i)
t.add(-1); t.add(2000); t.add(1000000)
print(list(t)[:10], list(t)[-5:])
u = {x * 1.5 for x in range(30)}
print(list(u)[:10])
v = {(i, -i) for i in range(10)}
print(list(v))
w = frozenset(range(50, 0, -3)) | frozenset(range(40))
print(list(w))
x = set()
for i in range(100):
    x.add(i)
    if i % 2:
        x.remove(i - 1)
print(x)
y = {1, 2, 3}
y.clear()
y.update(range(20, 0, -1))
print(y)
z = set([10**20, 10**20 + 1, -10**20, 2**100, 2**61 - 1, 2**61, 2**61 + 1])
print(z)
print({hash(q) for q in (1, 2.0, 3 + 0j)}, {0.5, -0.5, 0.25})
print(set("") | {0}, {False, ()})
