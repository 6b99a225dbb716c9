# Container operations calling user __eq__: count/index/remove/in, identity shortcut, comparisons.
class Loud:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        Loud.calls += 1
        return isinstance(other, Loud) and self.v == other.v
    __hash__ = None
    def __repr__(self):
        return f"L{self.v}"
a, b, c = Loud(1), Loud(2), Loud(1)
lst = [a, b, c]
print(lst.count(Loud(1)), Loud.calls)
Loud.calls = 0
print(a in lst, Loud.calls, lst.index(c), Loud.calls)
Loud.calls = 0
lst.remove(Loud(2)); print(lst, Loud.calls)
Loud.calls = 0
print([a] == [a], Loud.calls, [a] == [c], Loud.calls, (a,) == (Loud(1),), Loud.calls)
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n in [n], [n].count(n), [n].index(n), [n] == [n], (n,) == (n,), n == n, {1: n}[1] is n)
nan = float("nan")
print(nan in [nan], [nan] == [nan], [nan].count(nan), (nan,) == (nan,), {nan: 1}.get(nan), [float("nan")] == [float("nan")])
class Weird:
    def __eq__(self, other):
        return "truthy-string"
    __hash__ = object.__hash__
print(Weird() in [1], [Weird()] == [1], Weird() == 1, {1: 2} == {1: 2})
class Boom:
    def __eq__(self, other):
        raise ValueError("eq failed")
    __hash__ = object.__hash__
for op in (lambda: Boom() in [1], lambda: [1].index(Boom()), lambda: [Boom()] == [1], lambda: [1].count(Boom())):
    try:
        print(op())
    except ValueError as e:
        print("ValueError", e)
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"Lt({self.v})"
print(sorted([Lt(3), Lt(1), Lt(2)]), min(Lt(5), Lt(4)), max([Lt(1), Lt(9)]), [Lt(1)] < [Lt(2)])
try:
    print(Lt(1) > Lt(0), Lt(1) <= Lt(2))
except TypeError as e:
    print("TypeError", e)
