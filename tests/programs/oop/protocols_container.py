# Container protocol dunders: __getitem__, __len__, __contains__, __iter__, __reversed__, __missing__.
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Seq index out of range")
        return i * i

s = Seq(5)
print(len(s), s[2], s[-1], s[1:4], s[::-2])
print(list(s), 9 in s, 10 in s, list(reversed(s)))
print(sorted(s, reverse=True), sum(s), max(s))
a, b, *c = s
print(a, b, c)

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(97 + i)
print(list(OnlyGetitem()), "b" in OnlyGetitem(), list(enumerate(OnlyGetitem())))

class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
print(1 in Contains(), 2 not in Contains())
class ContainsTruthy:
    def __contains__(self, x):
        return "yes"
print(3 in ContainsTruthy())

class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(Iter()), 2 in Iter())

class Rev:
    def __reversed__(self):
        return iter("cba")
    def __len__(self):
        return 3
print(list(reversed(Rev())))

class DefaultDict(dict):
    def __missing__(self, key):
        return f"missing {key}"
dd = DefaultDict(a=1)
print(dd["a"], dd["b"], dd.get("b"), "b" in dd)

class NotIter:
    pass
for thing in [NotIter(), 5]:
    try:
        iter(thing)
    except TypeError as e:
        print(e)
try:
    len(NotIter())
except TypeError as e:
    print(e)
try:
    NotIter()[0]
except TypeError as e:
    print(e)
try:
    1 in NotIter()
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self):
        return -5
try:
    len(NegLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)
class SetItem:
    def __init__(self):
        self.d = {}
    def __setitem__(self, k, v):
        self.d[k] = v
si = SetItem()
si[1:2] = "x"
si[1, 2] = "tuple key"
print(si.d)
