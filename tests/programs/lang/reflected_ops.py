# Binary operators: reflected operands, NotImplemented, subclass priority.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"V({self.v})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called with", o)
        if isinstance(o, int):
            return V(o + self.v)
        return NotImplemented
    def __mul__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return "rmul"
    def __rsub__(self, o):
        return f"{o} - {self.v}"
    def __rpow__(self, o):
        return ("rpow", o)
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rtruediv__(self, o):
        return "rtruediv"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
    def __rlshift__(self, o):
        return "rlshift"
    def __rrshift__(self, o):
        return "rrshift"
    def __rdivmod__(self, o):
        return "rdivmod"

print(V(1) + V(2), V(1) + 3, 3 + V(1))
try:
    V(1) + "s"
except TypeError as e:
    print(e)
try:
    "s" + V(1)
except TypeError as e:
    print(e)
try:
    V(2) * V(3)
except TypeError as e:
    print(e)
print(3 * V(1))
print(5 - V(1), 2 ** V(1), 1 @ V(1), 1 / V(1), 1 // V(1), 1 % V(1))
print(1 & V(1), 1 | V(1), 1 ^ V(1), 1 << V(1), 1 >> V(1), divmod(1, V(1)))

class Base:
    def __add__(self, o):
        return "Base.add"
    def __radd__(self, o):
        return "Base.radd"
class Sub(Base):
    def __radd__(self, o):
        return "Sub.radd"
class Sub2(Base):
    pass
print(Base() + Sub())
print(Base() + Sub2())
print(Sub() + Base())

class N:
    pass
for op in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        r = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
             "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b,
             "**": lambda a, b: a ** b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b,
             "&": lambda a, b: a & b, "|": lambda a, b: a | b, "^": lambda a, b: a ^ b,
             "@": lambda a, b: a @ b}[op](N(), 1.5)
    except TypeError as e:
        print(e)
try:
    -N()
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
try:
    pow(N(), 2, 3)
except TypeError as e:
    print(e)
print(NotImplemented.__class__.__name__, bool(V(0).__mul__(1) is NotImplemented))
