class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Box({self.v!r})"

    def __format__(self, spec):
        return format(self.v, spec) + "!"

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return float(self.v)

    def __round__(self, n=None):
        return Box(round(self.v, n))

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return isinstance(other, Box) and self.v == other.v

    __hash__ = None


b = Box(5)
print(f"{b:>4}", [10, 20, 30, 40, 50, 60][b], bin(b), int(b), float(b), round(b))
print(sorted([Box(3), Box(1), Box(2)]), Box(1) == Box(1), Box(1) != Box(2), Box(1) > Box(0))
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)
try:
    Box(1) <= Box(2)
except TypeError as e:
    print("TypeError:", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __iadd__(self, o):
        self.v += 100
        return self

    def __sub__(self, o):
        return NotImplemented

    def __rsub__(self, o):
        return f"rsub({o})"

    def __repr__(self):
        return f"Num({self.v})"


n = Num(1)
print(n + 1, 1 + n, n + n, 5 - n)
n += 1
print(n)
try:
    n - 1
except TypeError as e:
    print("TypeError:", e)


class Cmp:
    def __eq__(self, other):
        print("Cmp.__eq__")
        return NotImplemented


print(Cmp() == 1, 1 == Cmp(), Cmp() != Cmp())


class Truthy:
    def __len__(self):
        return 0


class Callable:
    def __call__(self, *a, **k):
        return a, k


print(bool(Truthy()), not Truthy(), Callable()(1, x=2), callable(Callable()))
print(len([]), type(b).__repr__(b), object.__repr__(b)[:10])
