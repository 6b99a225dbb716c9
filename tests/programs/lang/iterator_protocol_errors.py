# Iterator protocol: StopIteration values, errors from __iter__/__next__, consumers of custom iterators.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration("done value")
        return self.n
print(list(It()))
def g():
    r = yield from It()
    yield ("returned", r)
print(list(g()))
class BadNext:
    def __iter__(self): return self
    def __next__(self): raise ValueError("broken next")
try:
    for _ in BadNext():
        pass
except ValueError as e:
    print("ValueError:", e)
class IterRaises:
    def __iter__(self): raise KeyError("no iter")
try:
    [x for x in IterRaises()]
except KeyError as e:
    print("KeyError:", e)
class NotIterator:
    def __iter__(self): return [1, 2]
try:
    for x in NotIterator():
        pass
except TypeError as e:
    print("TypeError:", e)
def stop_in_gen():
    yield 1
    next(iter([]))
try:
    list(stop_in_gen())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
it = iter(It())
print(next(it), next(it), next(it, "default"))
print(list(zip(It(), It(), "abc")))
print(dict(zip("ab", It())), sum(It()), sorted(It(), reverse=True))
x, y = It()
print(x, y)
try:
    a, b, c = It()
except ValueError as e:
    print("ValueError:", e)
print(*It(), sep=",")
print(max(It()), min(It()), any(It()), all(It()), tuple(It()), set(It()))
print(list(map(str, It())), list(filter(None, It())), list(enumerate(It())))
print(" ".join(map(str, It())), [*It(), *It()])
