# float repr/str/%-formatting/round over pseudo-random values of every magnitude (round-trip checked).
x = 0.1
vals = []
seed = 12345
for i in range(400):
    seed = (seed * 1103515245 + 12345) % 2**31
    m = seed / 2**31
    e = (seed % 600) - 300
    vals.append(m * 10.0 ** e)
    vals.append(-m * 2.0 ** ((seed % 2000) - 1000))
h = 0
for v in vals:
    r = repr(v)
    assert float(r) == v
    h = (h * 31 + sum(map(ord, r))) % 1000000007
print(h, repr(vals[0]), repr(vals[1]), str(vals[77]), vals[123])
out = []
for v in vals[:60]:
    out.append("%.3g|%.5e|%r|%s|%.10f" % (v, v, v, v, v))
print("\n".join(out))
print([round(v, 3) for v in vals[:20]])
print([format(v, ".2%") for v in vals[:10]])
print(sum(vals), max(vals), min(vals), sorted(vals)[:3])
