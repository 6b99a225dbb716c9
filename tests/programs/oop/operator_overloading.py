# A vector class overloading arithmetic, comparison, container and conversion operators.
import math

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y) if isinstance(o, Vec) else NotImplemented
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y) if isinstance(o, Vec) else NotImplemented
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __round__(self, n=0):
        return Vec(round(self.x, n), round(self.y, n))
    def __format__(self, spec):
        return f"<{self.x:{spec}}, {self.y:{spec}}>"

a, b = Vec(1, 2), Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, a * b, b / 2, a @ b, -a, abs(b))
print(bool(Vec()), bool(a), a == Vec(1, 2), a != b, a < b, sorted([b, a, Vec(0, 1)]))
print(list(a), a[1], a[-1], len(a), tuple(b), dict([a, b]), {a, Vec(1, 2)})
print(round(Vec(1.26, 2.71), 1), f"{Vec(1.5, 2.25):.2f}", format(a, "03d"))
x, y = b
print(x, y, max(a, b), min([a, b], key=abs))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
acc = Vec()
for v in [a, b, Vec(-1, -1)]:
    acc += v
print(acc, sum([a, b], Vec()))
print(a.__slots__, hasattr(a, "__dict__"))
m = {a: "a", b: "b"}
print(m[Vec(1, 2)], Vec(3, 4) in m)
