# Classes implementing the iterator and context manager protocols, used by for/with/list/zip.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), sum(c), sorted(c), tuple(zip(c, "abc")))

class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(20)
print(list(f), list(f))
f2 = Fib(5)
print(next(f2), next(f2), next(f2), list(f2))
print(next(iter(Fib(0)), "x"), next(Fib(-1), "default"))

class Timer:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        Timer.depth += 1
        print("  " * Timer.depth + "start", self.label)
        return self
    def __exit__(self, *exc):
        print("  " * Timer.depth + "stop", self.label, "error" if exc[0] else "ok")
        Timer.depth -= 1
with Timer("outer"):
    with Timer("inner") as t:
        print("inside", t.label)
    try:
        with Timer("failing"):
            raise KeyError("x")
    except KeyError:
        print("caught after failing timer")

class Transaction:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self.log
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return et is ValueError
tx = Transaction()
with tx as log:
    log.append("work")
with tx as log:
    raise ValueError("abort")
print(tx.log)

class Peekable:
    def __init__(self, it):
        self._it = iter(it)
        self._buf = []
    def peek(self, default=None):
        if not self._buf:
            try:
                self._buf.append(next(self._it))
            except StopIteration:
                return default
        return self._buf[0]
    def __iter__(self):
        return self
    def __next__(self):
        if self._buf:
            return self._buf.pop()
        return next(self._it)
p = Peekable("xyz")
print(p.peek(), next(p), p.peek(), list(p), p.peek("end"))

class Reversible:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
print(list(reversed(Reversible([1, 2, 3]))), list(enumerate(Reversible("ab"), 1)))
class NotReversible:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NotReversible())
except TypeError as e:
    print(e)
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e:
    print(e)
class GetitemOnly:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
print(list(GetitemOnly()), 20 in GetitemOnly(), max(GetitemOnly()))
it = iter(GetitemOnly())
print(type(it).__name__, next(it), list(it))
