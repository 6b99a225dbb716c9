# Rich comparisons: reflection, NotImplemented fallbacks, identity default, total_ordering.
import functools

class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"V.__eq__({self.v}, {getattr(o, 'v', o)})")
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        print(f"V.__lt__({self.v}, {getattr(o, 'v', o)})")
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
    __hash__ = None

print(V(1) == V(1), V(1) != V(2))
print(V(1) < V(2), V(2) > V(1))
print(V(1) == 1)
print(1 == V(1))
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
try:
    V(1) < 5
except TypeError as e:
    print(e)

class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a)
try:
    a < b
except TypeError as e:
    print(e)

class Sub(V):
    def __eq__(self, o):
        print("Sub.__eq__ first")
        return "sub-result"
print(V(1) == Sub(1))

class AlwaysEq:
    def __eq__(self, o):
        return True
print([AlwaysEq()] == [1], AlwaysEq() in [1, 2], [1, 2].index(AlwaysEq()), (1, 2).count(AlwaysEq()))
class NeverEq:
    def __eq__(self, o):
        return False
x = NeverEq()
print(x in [x], x == x, [x] == [x])
nan = float("nan")
print(nan in [nan], [nan] == [nan], nan == nan)

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs), max(vs), Version(1, 2) >= Version(1, 1), Version(1) <= Version(0, 1))

class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == 1)
class EqReturnsNonBool:
    def __eq__(self, o):
        return [1]
print(EqReturnsNonBool() == 1, EqReturnsNonBool() != 1)
class GtOnly:
    def __gt__(self, o):
        return "gt called"
print(1 < GtOnly(), GtOnly() > 1)
print(sorted([3, 1, 2], key=lambda n: V(n).v))
class Cmp:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return f"C{self.n}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)), max([Cmp(1), Cmp(9)]))
