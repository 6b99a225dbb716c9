# slice objects: attributes, indices(), repr, equality, usage in __getitem__.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, None), slice("a", [1], None))
for sl in (slice(None), slice(2, None), slice(None, -1), slice(-3, None, -1), slice(None, None, -2), slice(100, -100, -7)):
    for n in (0, 5, 10):
        print(sl, n, sl.indices(n))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1) == slice(None, 1))
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: slice(1, 2, 0).indices(5))
show(lambda: slice(1, 2).indices(-1))
show(lambda: slice("a", 2).indices(5))
show(lambda: hash(slice(1, 2)))
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: [1, 2, 3][slice(None, None, 0)])
show(lambda: "abc"[1.0:2])
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::3], q[1:2, 3], q[...], q[:, None], q["a":"b":"c"])
r = list(range(10))
print(r[slice(2, 8, 3)], "hello world"[slice(-5, None)], tuple(range(6))[slice(None, None, -2)])
class Idx:
    def __index__(self):
        return 2
print(r[Idx():], r[:Idx()], r[::Idx()], slice(Idx(), None).indices(5))
print(slice(1, 5, 2).indices(3), slice(-10, 10).indices(4), slice(2**70).indices(5))
