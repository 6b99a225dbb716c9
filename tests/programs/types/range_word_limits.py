# ranges at and beyond the machine-word limits: slicing, reversal, iteration, index/count, errors.
big = sys.maxsize
r = range(-big - 1, big, big // 3)
print(r, len(r), list(r), r[::-1], r[-1], reversed(r).__next__(), (big - 5) in r)
s = range(0, -2**63, -2**62)
print(list(s), list(reversed(s)), s[1:], s[::2], s.index(-2**62), s.count(0))
t = range(2**63 - 3, 2**63 + 3)
print(list(t), t[0], t[-1], len(t), list(reversed(t)), t[1:4], 2**63 in t, hash(t) == hash(range(2**63 - 3, 2**63 + 3)))
it = iter(range(2**64, 2**64 + 10, 3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(range(10)[2**70:], range(10)[-2**70:2**70:-1], range(3).index(1.0), range(5).count(2.0), list(range(0, 10, 2**62)))
class Eq:
    def __eq__(self, o): return o in (3, 4)
print(range(10).count(Eq()), range(10).index(Eq()))
for bad in (lambda: range(10)[2**70], lambda: range(3).index("a"), lambda: range(2**100)[::0], lambda: range(5)["x":], lambda: len(range(2**64))):
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(range(0, 10, 3)[::-1], range(10)[::-3], range(-5, 5)[100:-100:-2], range(1, 2**70, 2**68)[::-2])
