class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(4)), [x * 2 for x in Countdown(3)])
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(list(zip([1, 2, 3], "ab")), list(reversed(range(4))), list(range(10, 0, -3)))
r = range(2, 20, 3)
print(r, len(r), r[2], r[-1], 11 in r, 12 in r, r.index(8), list(r[1:3]))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
print(sorted(Countdown(5)), any(x > 4 for x in Countdown(5)), all([]))
print(list(enumerate("xyz", start=5)), sum(range(1, 5), 100))
