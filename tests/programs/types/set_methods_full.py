# Every set/frozenset method with int elements (deterministic order) and errors.
s = {5, 3, 9, 1}
s.add(7); s.add(3); print(s)
s.discard(100); s.discard(5); print(s)
s.remove(9); print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
t = {1, 2, 3, 4}
u = {3, 4, 5, 6}
print(t | u, t & u, t - u, u - t, t ^ u)
print(t.union(u, [10, 11]), t.intersection(u, {4}), t.difference(u, [1]), t.symmetric_difference([1, 99]))
print(t.issubset(range(10)), t.issuperset([1, 2]), t.isdisjoint({7, 8}), {1} < t, t <= t, t < t, t > {1}, t >= u)
v = set(t); v.update([20, 21], (22,)); print(v)
v.intersection_update(range(3, 30)); print(v)
v.difference_update({20}); print(v)
v.symmetric_difference_update({3, 100}); print(v)
w = v.copy(); w.clear(); print(v, w)
a = {1, 2}; a |= {3}; a &= {1, 3, 5}; a -= {9}; a ^= {7}; print(a)
fs = frozenset([4, 2, 8])
print(fs, fs | {1}, type(fs | {1}).__name__, type({1} | fs).__name__, fs.union([3]), frozenset(), frozenset(fs) is fs)
print(fs == {2, 4, 8}, {2, 4, 8} == fs, hash(fs) == hash(frozenset([8, 4, 2])))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: set().pop())
show(lambda: {[1]})
show(lambda: {1} | [2])
show(lambda: {1} < [1])
show(lambda: fs.add(1))
show(lambda: set(5))
show(lambda: {1}.update(3))
show(lambda: {1, 2}.union(1))
z = {1}
show(lambda: z[0])
show(lambda: {frozenset([1]): 1}[frozenset([1])])
print({1, 2} == {2, 1}, {1} != {1.0}, {1, 2, 3} - {2} == {1, 3}, set("") == set(), len({1, 1.0, True}))
nested = {frozenset({1, 2}), frozenset({3})}
print(frozenset({1, 2}) in nested, {1, 2} in nested)
print(set(range(0, 100, 7)), set([-1, -2, -3, 0]), {2**61 - 1, 2**61, 2**62, -2})
print(repr(set()), repr(frozenset()), repr(frozenset({1})), str({(1, 2), (0,)}) in ("{(1, 2), (0,)}", "{(0,), (1, 2)}"))
