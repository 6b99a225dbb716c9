# Number of __lt__ calls list.sort makes on random, sorted, reversed and mixed data (CPython timsort).
calls = 0
class C:
    __slots__ = ("v",)
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global calls
        calls += 1
        return self.v < o.v
x = 12345
vals = []
for i in range(2000):
    x = (x * 1103515245 + 12345) % (2 ** 31)
    vals.append(x % 500)
data = [C(v) for v in vals]
data.sort(); print(calls); calls = 0
data.sort(); print(calls); calls = 0
data.reverse(); data.sort(); print(calls); calls = 0
mixed = [C(v) for v in list(range(500)) + vals[:300] + list(range(400, 0, -1))]
mixed.sort(key=lambda c: c); print(calls); calls = 0
print(sorted(vals, key=lambda v: -v)[:5], sorted(vals)[-3:])
