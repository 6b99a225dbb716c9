# iter() with a sentinel, next() with a default, reversed() on sequences and __reversed__.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args)
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)), count)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")), list(lines))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(3))), list(reversed({"x": 1, "y": 2})))
class R:
    def __reversed__(self):
        return iter("custom")
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(R())), list(reversed(Seq())), list(Seq()), list(iter(Seq())), 20 in Seq())
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: iter(5))
show(lambda: next([1]))
show(lambda: reversed(5))
show(lambda: reversed({1, 2}))
show(lambda: iter(5, 1))
show(lambda: iter(lambda: 1, 1, 2))
show(lambda: next(iter([]), ))
show(lambda: reversed([], 1))
r = reversed((1, 2, 3))
print(type(r).__name__, next(r), r.__length_hint__(), list(r), list(r))
ri = iter(range(5))
print(type(ri).__name__, next(ri), ri.__length_hint__(), list(ri))
gen = (i for i in range(3))
print(iter(gen) is gen, next(gen), list(gen), next(gen, "end"))
s = iter("abc")
print(type(s).__name__, list(zip(s, s)))
