l = list(range(10))
print(l[2:8:3], l[-3:], l[:-3], l[::-3], l[8:2:-2], l[100:], l[-100:2])
s = slice(1, 8, 2)
print(l[s], s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4))
l[2:5] = []
print(l)
l[:0] = ["a", "b"]
print(l)
l[::3] = [0] * len(l[::3])
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
del l[::2]
print(l)
t = tuple(range(6))
print(t[1:4], t[::-1], t[-2:], "abcdef"[1::2], b"abcdef"[::-2], range(10)[2:8:2])
class S:
    def __getitem__(self, key):
        return key
o = S()
print(o[1], o[1:2], o[1:2:3], o[:, 1], o[..., None], o[::], o["k"])
m = memoryview(b"abcdef")
print(m[1:3].tobytes(), m[0], len(m), bytes(m[::2]))
