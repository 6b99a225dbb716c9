# Shallow copies of containers: copy(), slicing, constructors, and aliasing effects.
import copy
inner = [1, 2]
outer = [inner, 3]
s1 = outer[:]
s2 = list(outer)
s3 = outer.copy()
s4 = copy.copy(outer)
s5 = copy.deepcopy(outer)
inner.append(99)
print(s1, s2, s3, s4, s5, s1[0] is inner, s5[0] is inner)
d = {"k": inner}
d1 = d.copy(); d2 = dict(d); d3 = {**d}; d4 = copy.deepcopy(d)
inner.append(100)
print(d1, d2, d3, d4, d1["k"] is inner, d4["k"] is inner)
st = {1, 2}
st2 = st.copy(); st3 = set(st); st2.add(3)
print(st, st2, st3, st is st3)
t = (1, [2])
t2 = tuple(t); t3 = t[:]; t4 = copy.copy(t)
print(t2 is t, t3 is t, t4 is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
fs = frozenset([1, 2])
print(frozenset(fs) is fs, fs.copy() is fs, copy.copy(fs) is fs)
s = "text"
print(s[:] is s, str(s) is s, copy.copy(s) is s)
b = b"bytes"
print(b[:] is b, bytes(b) is b, bytearray(b) == b, bytearray(b) is b)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
bad = [[0] * 3] * 3
bad[1][1] = 5
print(grid, bad)
nested = {"a": {"b": [1, {"c": 2}]}}
deep = copy.deepcopy(nested)
deep["a"]["b"][1]["c"] = 99
print(nested, deep)
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc[1] is r, len(rc))
