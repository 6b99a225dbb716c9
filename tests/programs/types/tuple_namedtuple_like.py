# Tuples as records: collections.namedtuple behaviour, tuple subclass with methods, packing/unpacking.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
q = Point(x=3, y=4)
print(p, q, p.x + q.y, p[0], p._asdict(), p._replace(x=9), Point._fields, Point._make([5, 6]), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, tuple(p), list(q), len(p), p + q, p * 2, isinstance(p, tuple), type(p).__name__, repr(Point(0, -1)))
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
Color = namedtuple("Color", ["r", "g", "b"], defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults, sorted([Color(3, 1), Color(1, 9)]), max(Color(1, 2), Color(1, 3)))
class Vec(tuple):
    def __new__(cls, *xs):
        return super().__new__(cls, xs)
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))
    def norm2(self):
        return sum(a * a for a in self)
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)
v = Vec(1, 2, 3)
print(v, v + Vec(1, 1, 1), v.norm2(), v[1:], type(v[1:]).__name__, v == (1, 2, 3), len(v), v.count(2), v.index(3), tuple(v))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters, dict(pairs), [(b, a) for a, b in pairs], sorted(pairs, key=lambda t: t[1], reverse=True))
first, *middle, last = range(6)
(a, b), c, *d = [(1, 2), 3, 4, 5]
print(first, middle, last, a, b, c, d, [*range(3), *"ab"], (*"xy",), {**{"k": 1}})
