# range: len, membership, index/count, slicing, reversed, equality, repr, errors.
for r in (range(5), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(1, 2, 100)):
    print(r, len(r), list(r), list(reversed(r)), r[:2], 4 in r, r.count(4), bool(r))
r = range(0, 100, 7)
print(r.index(49), r[3], r[-1], r[-2], r[2:5], r[::-1], r[::2][1:3], 50 in r, 49.0 in r, "a" in r)
print(range(0) == range(5, 5), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2], range(0, 3) == range(3))
print(hash(range(3)) == hash(range(0, 3, 1)), range(3).start, range(3).stop, range(3).step, range(1, 9, 2).stop)
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: range(1, 2, 0))
show(lambda: range(5)[5])
show(lambda: range(5)[-6])
show(lambda: range(5).index(7))
show(lambda: range(1.5))
show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(5)["a"])
show(lambda: range(3) + range(2))
show(lambda: range(3) * 2)
it = iter(range(3))
print(next(it), list(it), list(it))
print(sum(range(1, 101)), max(range(-5, 3)), sorted(range(3), reverse=True), tuple(range(2, -3, -1)))
print(list(range(5))[range(1, 3)[0]], [i for i in range(10, 0, -3)])
print(repr(range(-3, 3, 2)), str(range(0, 1)), range(1, 10)[3:100:2], range(10)[-100:100])
