# Which comparison dunders sorted/max/min/in/index/bisect/heapq call, and in what order (timsort).
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V{self.v}"
    def __lt__(self, o):
        print(f"  {self}<{o}", end="")
        return self.v < o.v
    def __gt__(self, o):
        print(f"  {self}>{o}", end="")
        return self.v > o.v
    def __eq__(self, o):
        print(f"  {self}=={o}", end="")
        return self.v == o.v
    __hash__ = None
items = [V(2), V(1), V(3)]
print(sorted(items)); print()
print(sorted(items, reverse=True)); print()
print(max(items)); print()
print(min(items)); print()
print((V(1), V(2)) < (V(1), V(3))); print()
print([V(1)] == [V(1)]); print()
print(V(1) in [V(0), V(1)]); print()
print([V(1), V(2)].index(V(2))); print()
print([V(1), V(1)].count(V(1))); print()
import bisect
lst = [V(1), V(3)]
bisect.insort(lst, V(2)); print(lst)
import heapq
h = [V(3), V(1), V(2)]
heapq.heapify(h); print(h)
print((V(1), 2) == (V(1), 2)); print()
d = {1: V(1)}
print(d == {1: V(1)}); print()
calls = []
class Counted:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
data = [Counted(v) for v in [5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 9]]
data.sort()
print(len(calls), calls[:12])
print([c.v for c in data])
calls.clear()
print([c.v for c in sorted(data, reverse=True)], len(calls))
try:
    sorted([], foo=1)
except TypeError as e:
    print(e)
