# Constructors of built-in type subclasses: __new__/__init__ argument rules.
class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(L(1, 2))
class D(dict):
    def __init__(self, x, **kw):
        super().__init__(**kw)
        self.x = x
d = D(5, k=1)
print(d, d.x)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        self.extra = a + b
t = T(1, 2)
print(t, t.extra)
try:
    class T2(tuple):
        pass
    T2(1, 2)
except TypeError as e:
    print(e)
class I(int):
    def __init__(self, v, label="x"):
        self.label = label
try:
    print(I(5, "five").label)
except TypeError as e:
    print("TypeError:", e)
class I2(int):
    def __new__(cls, v, label):
        obj = super().__new__(cls, v)
        obj.label = label
        return obj
print(I2(3, "three"), I2(3, "three").label)
class S(set):
    def __init__(self, *items):
        super().__init__(items)
print(sorted(S(3, 1, 2)))
class Str(str):
    def __init__(self, v):
        self.orig = v
s = Str("abc")
print(s, s.orig, len(s))
class E(Exception):
    def __init__(self):
        super().__init__("fixed message")
print(E(), repr(E()))
class O:
    def __init__(self, *args, **kw):
        print("O init", args, kw)
O(1, x=2)
class ObjNew:
    def __new__(cls, *a, **k):
        return object.__new__(cls)
    def __init__(self, *a, **k):
        pass
print(type(ObjNew(1, 2, z=3)).__name__)
class OnlyNewObj:
    def __new__(cls, *a):
        return object.__new__(cls, *a)
try:
    OnlyNewObj(1)
except TypeError as e:
    print(e)
class BL(list):
    pass
try:
    BL(1, 2)
except TypeError as e:
    print(e)
try:
    BL(x=1)
except TypeError as e:
    print(e)
class Bf(float):
    pass
print(Bf("1.5"), Bf(2) + 1)
class Cx(complex):
    pass
print(Cx(1, 2), type(Cx(1, 2) + 1).__name__)
class By(bytes):
    pass
print(By(b"ab"), By([65]), type(By(b"x")).__name__)
