class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return f"Base.__add__({self.v}, {getattr(other, 'v', other)})"

    def __radd__(self, other):
        return f"Base.__radd__({self.v}, {getattr(other, 'v', other)})"

    def __lt__(self, other):
        return f"Base.__lt__"

    def __gt__(self, other):
        return f"Base.__gt__"


class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self.v}, {getattr(other, 'v', other)})"

    def __gt__(self, other):
        return "Derived.__gt__"


b, d = Base(1), Derived(2)
print(b + d)
print(d + b)
print(1 + b, b + 1, 1 + d)
print(b < d, d < b, b > d, 5 < b)


class OnlyR:
    def __rmul__(self, other):
        return f"rmul {other}"

    def __rpow__(self, other):
        return f"rpow {other}"

    def __rsub__(self, other):
        return f"rsub {other}"

    def __rtruediv__(self, other):
        return f"rtruediv {other}"

    def __rfloordiv__(self, other):
        return f"rfloordiv {other}"

    def __rmod__(self, other):
        return f"rmod {other}"

    def __rand__(self, other):
        return f"rand {other}"

    def __ror__(self, other):
        return f"ror {other}"

    def __rxor__(self, other):
        return f"rxor {other}"

    def __rlshift__(self, other):
        return f"rlshift {other}"

    def __rrshift__(self, other):
        return f"rrshift {other}"

    def __rmatmul__(self, other):
        return f"rmatmul {other}"


o = OnlyR()
print(3 * o, 2 ** o, 5 - o, 1 / o, 1 // o, 1 % o, 1 & o, 1 | o, 1 ^ o, 1 << o, 1 >> o, [1] @ o if False else 1 @ o if False else "skip")
print("%s" % "x" if False else "s" * 2, [1] * 2, 2 * [1], "ab" * 2)
try:
    o * 3
except TypeError as e:
    print("TypeError:", e)
try:
    o < o
except TypeError as e:
    print("TypeError:", e)


class InPlace:
    def __init__(self):
        self.ops = []

    def __iadd__(self, x):
        self.ops.append(("iadd", x))
        return self

    def __imul__(self, x):
        self.ops.append(("imul", x))
        return self

    def __ior__(self, x):
        self.ops.append(("ior", x))
        return self

    def __add__(self, x):
        return "plain add"


ip = InPlace()
ip += 1
ip *= 2
ip |= 3
print(ip.ops)
