# Builtins consuming user iterables: __iter__/__next__ classes, __getitem__ sequences, generators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        k = self.n
        while k > 0:
            yield k
            k -= 1
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
for make in (lambda: Countdown(4), Squares, It):
    print(list(make()), tuple(make()), set(make()) == set(list(make())), sum(make()), min(make()), max(make()), sorted(make()), len(list(make())))
    print(dict(zip(make(), "abcd")), list(enumerate(make())), list(map(str, make())), list(filter(lambda v: v % 2, make())), any(make()), all(make()))
    print(list(reversed(list(make()))), "-".join(map(str, make())), [x for x in make() if x > 1], 3 in make(), 99 in make())
a, b, *c = Countdown(5)
print(a, b, c, [*Squares(), *It()], {*Countdown(2)}, dict.fromkeys(It()), frozenset(Squares()) == frozenset({0, 1, 4, 9, 16}))
class BadIter:
    def __iter__(self):
        return 5
class NoNext:
    def __iter__(self):
        return self
for obj in (BadIter(), NoNext(), 5, None):
    try:
        list(obj)
    except TypeError as e:
        print("TypeError", e)
class Raising:
    def __iter__(self):
        yield 1
        raise ValueError("mid-iteration")
for fn in (list, sum, sorted, max, set, tuple):
    try:
        fn(Raising())
    except ValueError as e:
        print(fn.__name__, "ValueError", e)
