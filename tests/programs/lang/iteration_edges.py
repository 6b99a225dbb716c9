# Iteration edge cases: mutating while iterating, iter(callable, sentinel), exhausted iterators.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d2 = {"x": 1}
for k in d2:
    d2[k] = 2
print(d2)
lst = [1, 2, 3]
for v in lst:
    if v == 1:
        lst.remove(v)
print(lst)

calls = [3, 2, 1, 0, 5]
it = iter(lambda: calls.pop(0), 0)
print(list(it), calls)
try:
    iter(5, 0)
except TypeError as e:
    print(e)

it = iter([1, 2])
print(list(it), list(it), next(it, "done"))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
m = map(lambda v: v * 2, [1, 2])
print(next(m), list(m))
e = enumerate("ab", start=5)
print(list(e))
r = reversed([1, 2, 3])
print(next(r), list(r))
g = (v for v in range(3))
print(2 in g, list(g))
print(list(zip()), list(zip(*[[1, 2], [3, 4]])))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
def stop_gen():
    yield 1
    return
print(list(stop_gen()), sum(x for x in ()))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = Counter()
print([v for v in c], [v for v in c])
print(dict.fromkeys(range(3)), list(range(10)[2::3]), list(range(5, 0, -2)))
print(any(v > 1 for v in Counter()), all([]), min((), default="empty"))
