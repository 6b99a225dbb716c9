import functools


@functools.total_ordering
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, v):
        return v in (self.x, self.y)

    def __call__(self, scale):
        return self * scale


v, w = Vec(1, 2), Vec(3, 4)
print(v + w, v * 3, 2 * v, -v, abs(w), repr(v), str(v))
print(v == Vec(1, 2), v != w, v < w, v >= w, sorted([w, v]))
print(bool(Vec(0, 0)), len(v), v[1], list(v), 2 in v, 5 in v, v(10))
print(sum([v, w]), {v: 1}[Vec(1, 2)], max(v, w))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, x):
        self.items.append(x)
        return self

    def __setitem__(self, k, v):
        self.items.insert(k, v)

    def __delitem__(self, k):
        del self.items[k]


a = Acc()
a += 1
a += 2
a[0] = 0
del a[1]
print(a.items)
