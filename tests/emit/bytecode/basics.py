import sys
from os import path as p

x = 1
y = x + 2 * 3
names = ["a", "b"]
print(y, names[0], sep="-", file=sys.stdout)

def add(a, b=2, *rest, key=None, **kw):
    """Add things."""
    total = a + b
    for r in rest:
        total += r
    return total if key is None else key(total)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def norm(self):
        return super().norm() + abs(self.x)
