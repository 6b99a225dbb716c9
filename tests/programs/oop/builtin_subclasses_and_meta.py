# Subclasses of built-in types, metaclass dunders on classes, __class__ layout checks, super() scoping.
class A:
    def m(self):
        def inner():
            return super().m()
        try:
            return inner()
        except RuntimeError as e:
            return str(e)
print(A().m())
class B:
    def m(self):
        return [super().__repr__ is not None for _ in range(1)]
try:
    print(B().m())
except Exception as e:
    print(type(e).__name__, e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("b",)
x = S1()
x.__class__ = S2
print(type(x).__name__)
try:
    x.__class__ = S3
except TypeError as e:
    print(e)
class D(dict):
    pass
d = D(a=1)
print(d, type(d).__name__, repr(d), d.__class__.__name__, isinstance(d, dict))
class L(list):
    def __repr__(self):
        return "L" + super().__repr__()
print(L([1, 2]), str(L([3])), [L()])
class I(int):
    pass
print(I(5) + 1, type(I(5) + 1).__name__, I(5), repr(I(7)), I("12", 8))
class F(float):
    def __repr__(self):
        return "F!"
print(F(1.5), [F(2)], str(F(3)), f"{F(4)}", F(1.5) * 2)
class T(tuple):
    pass
t = T((1, 2))
print(t, t + (3,), type(t + (3,)).__name__, t[0], t[:1], type(t[:1]).__name__)
class St(str):
    pass
s = St("abc")
print(s.upper(), type(s.upper()).__name__, type(s + "x").__name__, type(s[0]).__name__, s == "abc", hash(s) == hash("abc"))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
try:
    raise E(1, 2)
except E as e:
    print(e, e.args, e.b)
class Meta(type):
    def __repr__(cls):
        return f"<Meta {cls.__name__}>"
    def __len__(cls):
        return 3
    def __iter__(cls):
        return iter("xyz")
    def __getitem__(cls, k):
        return k * 2
class WithMeta(metaclass=Meta):
    pass
print(WithMeta, len(WithMeta), list(WithMeta), WithMeta[4], [WithMeta])
print(type(WithMeta), type(type(WithMeta)))
class Abstract:
    def __init_subclass__(cls, /, required=None, **kw):
        if required is None:
            raise TypeError(f"{cls.__name__} needs required=")
        super().__init_subclass__(**kw)
try:
    class Bad(Abstract):
        pass
except TypeError as e:
    print(e)
class Good(Abstract, required=1):
    pass
print(Good.__name__)
print(object.__subclasshook__() if hasattr(object, "__subclasshook__") else NotImplemented)
class Cmp:
    def __eq__(self, other):
        return NotImplemented
print(Cmp() == 1, 1 == Cmp(), Cmp() != Cmp())
print(int.__mro__, bool.__bases__, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
