# match: bindings on failed cases, guards with side effects, __match_args__ errors, literal equality.
def f(v):
    x = "unset"
    match v:
        case [x, 0]:
            pass
        case _:
            pass
    return x
print(f([1, 0]), f([2, 1]), f(5))
def g(v):
    match v:
        case [a, b] if a > b:
            return "gt", a, b
        case [a, b]:
            return "le", a, b
print(g([3, 1]), g([1, 3]))
def h(v):
    match v:
        case {"k": [1, *rest]} if (n := len(rest)) > 1:
            return n, rest
        case {"k": [*_, last]}:
            return "last", last
    return None
print(h({"k": [1, 2, 3]}), h({"k": [1, 2]}), h({"k": []}))
class P:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
    @property
    def y(self):
        print("y accessed")
        return self.x * 2
def k(v):
    match v:
        case P(y=4):
            return "y is 4"
        case P(x):
            return f"x={x}"
print(k(P(2)), k(P(3)))
def bad_match_args():
    class Q:
        __match_args__ = ["x"]
        x = 1
    match Q():
        case Q(a):
            return a
try:
    print(bad_match_args())
except TypeError as e:
    print("TypeError:", e)
def strange_args():
    class R:
        __match_args__ = ("x", "x")
        x = 1
    match R():
        case R(a, b):
            return a
try:
    strange_args()
except TypeError as e:
    print("TypeError:", e)
def missing_attr():
    class Z:
        __match_args__ = ("nope",)
    match Z():
        case Z(v):
            return v
        case _:
            return "no attr -> no match"
print(missing_attr())
def kw_twice():
    class W:
        __match_args__ = ("a",)
        a = 1
    match W():
        case W(x, a=y):
            return x, y
try:
    kw_twice()
except TypeError as e:
    print("TypeError:", e)
match 42:
    case int(real=r, imag=i):
        print(r, i)
match (1, 2):
    case tuple((a, b)):
        print("tuple pattern", a, b)
match "hello":
    case str(s) if s.startswith("h"):
        print("str with guard", s)
match 3.0:
    case 3:
        print("float 3.0 matches literal 3")
match -0.0:
    case 0:
        print("negative zero matches 0")
match [1, [2, 3]]:
    case [1, [2, 3] as inner] as whole:
        print(inner, whole)
