class A:
    def who(self):
        return "A"
    def chain(self):
        return ["A"]


class B(A):
    def who(self):
        return "B>" + super().who()
    def chain(self):
        return ["B"] + super().chain()


class C(A):
    def who(self):
        return "C>" + super().who()
    def chain(self):
        return ["C"] + super().chain()


class D(B, C):
    def chain(self):
        return ["D"] + super().chain()


print(D().who(), D().chain())
print([k.__name__ for k in D.__mro__])
print(super(B, D()).who())
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(Base, tag="t1"):
    pass


print(Tagged.tag, Base.__subclasses__())


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.created_by, type(WithMeta).__name__)


class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1


s = Slotted()
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.a)
